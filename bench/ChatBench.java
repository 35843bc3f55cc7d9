import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat-turn latency through HTTP: conversations in Chinese and Tibetan from story to tracking code, several at once,
 * alternating between the given nodes turn by turn. Prints "RESULT turns=N p50_ms=… p99_ms=… errors=E".
 * Usage: java ChatBench.java BASE_URL[,BASE_URL...] CONVERSATIONS CONCURRENCY
 */
public class ChatBench {

    private static final Pattern SESSION = Pattern.compile("\"sessionId\":\"([^\"]+)\"");
    private static final Pattern EXPECTING = Pattern.compile("\"expecting\":\"([a-z]+)\"");
    private static final String[][] STORIES = {
            {"zh", "我们8个人在郎木寺镇给包工头马老三盖房子，欠了两个月工资，每人每月5000"},
            {"bo", "ང་ཚོ་མི་བརྒྱད་ཀྱིས་སྟག་ཚང་ལྷ་མོར་ཁང་པ་བརྩིགས། ཟླ་བ་གཉིས་ཀྱི་གླ་ཕོགས་སྒོར་ ༨༠༠༠༠ མ་སྤྲད།"},
    };

    public static void main(String[] args) throws Exception {
        List<String> bases = List.of(args[0].split(","));
        int conversations = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Integer>> errors = new ArrayList<>();
        for (int c = 0; c < conversations; c++) {
            int n = c;
            errors.add(pool.submit(() -> converse(http, bases, n, nanos)));
        }
        int failed = 0;
        for (Future<Integer> f : errors) {
            failed += f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "RESULT turns=%d p50_ms=%.2f p99_ms=%.2f errors=%d%n", sorted.size(),
                pct(sorted, 50), pct(sorted, 99), failed);
    }

    private static int converse(HttpClient http, List<String> bases, int n, List<Long> nanos) {
        String[] story = STORIES[n % STORIES.length];
        try {
            String reply = post(http, bases.get(0) + "/api/v1/chat/sessions", "{\"language\":\"" + story[0] + "\"}", nanos);
            Matcher m = SESSION.matcher(reply);
            if (!m.find()) {
                return 1;
            }
            String path = "/api/v1/chat/sessions/" + m.group(1) + "/messages";
            String text = story[1];
            for (int turn = 1; turn < 12; turn++) {
                reply = post(http, bases.get(turn % bases.size()) + path, "{\"text\":\"" + text + "\"}", nanos);
                Matcher e = EXPECTING.matcher(reply);
                String expecting = e.find() ? e.group(1) : "";
                switch (expecting) {
                    case "done": return 0;
                    case "phone": text = "1391234" + String.format("%04d", n % 10000); break;
                    case "confirm": text = "#yes"; break;
                    case "township": text = "langmusi"; break;
                    case "name": text = "#skip"; break;
                    default: text = "#unknown";
                }
            }
            return 1;
        } catch (Exception e) {
            return 1;
        }
    }

    private static String post(HttpClient http, String url, String body, List<Long> nanos) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        nanos.add(System.nanoTime() - start);
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
