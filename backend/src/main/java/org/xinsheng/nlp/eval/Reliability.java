package org.xinsheng.nlp.eval;

import java.io.PrintStream;
import java.util.Locale;

/** A reliability table: outputs binned by stated confidence, with how often the event really happened in each bin. */
public final class Reliability {

    private static final double[] EDGES = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0000001};

    private final int[] count = new int[EDGES.length - 1];
    private final int[] happened = new int[EDGES.length - 1];
    private final double[] stated = new double[EDGES.length - 1];

    public void add(double confidence, boolean wasRight) {
        for (int b = 0; b < count.length; b++) {
            if (confidence < EDGES[b + 1]) {
                count[b]++;
                happened[b] += wasRight ? 1 : 0;
                stated[b] += confidence;
                return;
            }
        }
    }

    /** Expected calibration error: the count-weighted gap between stated confidence and what happened. */
    public double ece() {
        int n = 0;
        double gap = 0;
        for (int b = 0; b < count.length; b++) {
            n += count[b];
            gap += Math.abs(stated[b] - happened[b]);
        }
        return n == 0 ? 0 : gap / n;
    }

    public void print(PrintStream out, String title) {
        out.printf(Locale.ROOT, "%s (ECE %.3f)%n", title, ece());
        out.println("| confidence | count | mean stated | observed |");
        out.println("|---|---|---|---|");
        for (int b = 0; b < count.length; b++) {
            if (count[b] == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "| %.2f–%.2f | %d | %.3f | %.3f |%n", EDGES[b], Math.min(1, EDGES[b + 1]), count[b],
                    stated[b] / count[b], happened[b] / (double) count[b]);
        }
    }
}
