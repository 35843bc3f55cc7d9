import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files distinct complaints at a steady rate and retries each one with the same Idempotency-Key until XinSheng
 * acknowledges it with a tracking code (or the deadline passes), whatever fails underneath: refused connections, 503s,
 * timeouts. Writes "key code" per acknowledged complaint.
 * Usage: java ChaosClient.java BASE_URL[,BASE_URL...] COUNT PER_SECOND OUT_FILE RUN_ID
 */
public class ChaosClient {

    private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        List<String> bases = List.of(args[0].split(","));
        int count = Integer.parseInt(args[1]);
        int perSecond = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        String runId = args[4];

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<String, AtomicInteger> reasons = new ConcurrentHashMap<>();
        // Patient enough for two restarts of a slow-starting app (a minute each on a busy 2-core machine).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(count / perSecond + 600);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        long start = System.nanoTime();
        AtomicLong lastAck = new AtomicLong(start);
        for (int i = 0; i < count; i++) {
            long due = start + i * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            pool.submit(() -> {
                String key = runId + "-" + n;
                String body = "{\"text\":\"chaos " + key + " 郎木寺镇工地老板欠我工资三万五\",\"phone\":\"13800138000\"}";
                for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
                    attempts.incrementAndGet();
                    String base = bases.get((n + attempt) % bases.size());
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/complaints"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        Matcher m = CODE.matcher(r.body());
                        if (r.statusCode() == 201 && m.find()) {
                            acknowledged.put(key, m.group(1));
                            lastAck.accumulateAndGet(System.nanoTime(), Math::max);
                            return;
                        }
                        reasons.computeIfAbsent(String.valueOf(r.statusCode()), k -> new AtomicInteger()).incrementAndGet();
                    } catch (IOException e) {
                        // connection refused or reset while a node or the database restarts: retry below
                        reasons.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    failures.incrementAndGet();
                    try {
                        Thread.sleep(Math.min(2000, 100L << Math.min(attempt, 4)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(count / perSecond + 660, TimeUnit.SECONDS);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            acknowledged.forEach((key, code) -> w.println(key + " " + code));
        }
        System.out.printf("sent %d, acknowledged %d, attempts %d, failed attempts %d %s%n",
                count, acknowledged.size(), attempts.get(), failures.get(), reasons);
        double seconds = (lastAck.get() - start) / 1e9;
        System.out.printf("throughput: acknowledged %d in %.1f s, %.1f per second (asked for %d per second)%n",
                acknowledged.size(), seconds, acknowledged.size() / seconds, perSecond);
    }
}
