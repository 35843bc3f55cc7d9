package org.xinsheng.nlp.eval;

import org.xinsheng.nlp.Analyzer;
import org.xinsheng.nlp.corpus.LabelledComplaint;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Analyses per second on one thread and the per-complaint latency percentiles over the dev sets, after a warm-up
 * so the JIT has compiled the hot paths.
 */
public final class AnalyzerBenchmark {

    private static final long WARMUP_NANOS = 5_000_000_000L;
    private static final int MEASURED_ROUNDS = 60;

    private AnalyzerBenchmark() {
    }

    public static int run(List<LabelledComplaint> lines, PrintStream out) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long loadStart = System.nanoTime();
        Analyzer analyzer = new Analyzer();
        analyzer.analyze("我们在郎木寺修路，老板欠了三万"); // HanLP loads its dictionaries on first use
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        out.printf(Locale.ROOT, "models loaded in %d ms, heap held by them about %d MB%n", loadMillis,
                (heapAfter - heapBefore) / (1024 * 1024));
        return run(analyzer, lines, out);
    }

    public static int run(Analyzer analyzer, List<LabelledComplaint> lines, PrintStream out) {
        String[] texts = lines.stream().map(LabelledComplaint::text).toArray(String[]::new);
        long sink = 0;
        long warmUntil = System.nanoTime() + WARMUP_NANOS;
        while (System.nanoTime() < warmUntil) {
            for (String t : texts) {
                sink += analyzer.analyze(t).language().length();
            }
        }
        long[] nanos = new long[texts.length * MEASURED_ROUNDS];
        int k = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < MEASURED_ROUNDS; r++) {
            for (String t : texts) {
                long t0 = System.nanoTime();
                sink += analyzer.analyze(t).language().length();
                nanos[k++] = System.nanoTime() - t0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "%d analyses on one thread: %.0f analyses/s, p50 %.1f µs, p99 %.1f µs, max %.1f µs (%d)%n",
                nanos.length, nanos.length / seconds, nanos[nanos.length / 2] / 1e3,
                nanos[(int) (nanos.length * 0.99)] / 1e3, nanos[nanos.length - 1] / 1e3, sink % 7);
        // On a busy machine the wall-clock rate falls with the load; the rate per second of this thread's own CPU
        // time is what the analyzer costs, and what to compare two versions by there.
        out.printf(Locale.ROOT, "per CPU second of the measuring thread: %.0f analyses/s (wall clock %.1f s, CPU %.1f s)%n",
                nanos.length / cpuSeconds, seconds, cpuSeconds);
        return 0;
    }
}
