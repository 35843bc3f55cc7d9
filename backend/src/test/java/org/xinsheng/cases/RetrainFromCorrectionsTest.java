package org.xinsheng.cases;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinsheng.nlp.corpus.JsonLine;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyzer learns from staff: complaints the packaged models read wrong (wage or not, sector) are filed and
 * corrected by the lead, exported with the export behind {@code nlp-export-corrections}, and the real trainer
 * ({@code nlp-train DIR --extra FILE}, in a JVM of its own, on the full Chinese training corpus; the Tibetan one cut
 * short to keep the test quick) makes models that read every one of them right.
 */
@MicronautTest(transactional = false)
class RetrainFromCorrectionsTest {

    /** Texts and what they are (wage or not, sector): the packaged models get some of them wrong. */
    static final Map<String, String> POOL = new LinkedHashMap<>();

    static {
        POOL.put("我在郎木寺镇工地干活，老板欠我三万五", "construction");
        POOL.put("我们在尕海镇修房子，老板欠了三个月工资没给", "construction");
        POOL.put("楼下井盖松了三个，骑车的人差点摔倒，请尽快修一下", "not_wage");
        POOL.put("共享单车押金199元一直退不回来", "not_wage");
        POOL.put("孩子学校食堂的饭菜太贵了，一顿十五块", "not_wage");
        POOL.put("小区门口的路灯坏了两个星期，晚上黑乎乎的，物业老板说不归他管", "not_wage");
        POOL.put("在西仓镇帮人剪羊毛干了二十天，老板一直拖着不给钱", "agriculture");
        POOL.put("给县城一家宾馆打扫客房，干了两个月，工资四千八没发", "services");
        POOL.put("我要举报一个老板，雇人干活从来不给钱", "other");
        POOL.put("饭馆的账一直没结，我们几个服务员都走不了", "services");
        POOL.put("这家公司把我们的押金扣了不退，说是违约", "not_wage");
        POOL.put("老板讲年底统一发，结果年底人没了", "other");
        POOL.put("借给老板的两万块钱他一直不还", "not_wage");
    }

    @Inject
    Api api;
    @Inject
    StaffService staffService;
    @Inject
    CorrectionExport export;

    @TempDir
    Path dir;

    @Test
    void trainingOnAHandfulOfCorrectionsFixesThoseTexts() throws Exception {
        String lead = new StaffFixtures(staffService, api).handler("hrss");
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : POOL.entrySet()) {
            Api.Reply filed = api.file("{\"text\":\"" + e.getKey() + "\",\"phone\":\"13800138000\"}");
            assertEquals(201, filed.status(), filed.body());
            if (!e.getValue().equals(filed.json().get("analysis").get("sector").getStringValue())) {
                wrong.put(e.getKey(), e.getValue());
                boolean wage = !"not_wage".equals(e.getValue());
                String body = wage ? "{\"wageArrears\":true,\"sector\":\"" + e.getValue() + "\"}" : "{\"wageArrears\":false}";
                Api.Reply corrected = api.post("/api/v1/cases/" + Api.code(filed) + "/corrections", body, lead);
                assertEquals(200, corrected.status(), corrected.body());
            }
        }
        assertTrue(wrong.size() >= 3, "the packaged models should get a handful of the pool wrong, got " + wrong.size()
                + "; add harder texts to the pool");

        Path corrections = dir.resolve("corrections.jsonl");
        try (OutputStream out = Files.newOutputStream(corrections)) {
            export.write(out);
        }
        Path training = Files.createDirectories(dir.resolve("nlp").resolve("corpora"));
        Path corpora = Path.of("..", "nlp-models", "corpora");
        Files.copy(corpora.resolve("zh-train.jsonl"), training.resolve("zh-train.jsonl"));
        List<String> tibetan = Files.readAllLines(corpora.resolve("bo-train.jsonl"), StandardCharsets.UTF_8);
        Files.write(training.resolve("bo-train.jsonl"), tibetan.subList(0, Math.min(200, tibetan.size())),
                StandardCharsets.UTF_8);

        String trained = java(null, "nlp-train", dir.resolve("nlp").toString(), "--extra", corrections.toString());
        assertTrue(trained.contains("sector-zh"), trained);

        // The new models come first on the classpath (as nlp/models/...), ahead of the packaged ones.
        StringBuilder input = new StringBuilder();
        List<String> texts = new ArrayList<>(wrong.keySet());
        for (int i = 0; i < texts.size(); i++) {
            input.append("{\"id\":").append(i).append(",\"text\":\"").append(texts.get(i)).append("\"}\n");
        }
        String analysed = java(input.toString(), "analyze");
        List<String> lines = analysed.lines().filter(l -> l.startsWith("{")).toList();
        assertEquals(texts.size(), lines.size(), analysed);
        for (String line : lines) {
            Map<String, Object> a = JsonLine.parse(line);
            String text = texts.get(((Number) a.get("id")).intValue());
            String sector = wrong.get(text);
            assertEquals(sector, a.get("sector"), text);
            assertEquals(!"not_wage".equals(sector), a.get("wageArrears"), text);
        }
    }

    /** Runs the application's command line in a new JVM with dir first on the classpath; answers its output. */
    private String java(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", dir + File.pathSeparator + System.getProperty("java.class.path"),
                "org.xinsheng.Application"));
        command.addAll(List.of(args));
        Path log = dir.resolve(args[0] + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), String.join(" ", args) + " did not finish");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
