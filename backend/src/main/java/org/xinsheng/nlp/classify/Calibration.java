package org.xinsheng.nlp.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Platt scaling of the categorizer's probabilities, fitted on out-of-fold outputs of a cross-validation on the
 * training set: {@code p' = 1 / (1 + exp(-(a·logit(p) + b)))}. Naive Bayes in particular says 0.999 where it is
 * right nine times in ten; routing compares these numbers with thresholds, so they must mean what they say.
 * {@code noCueOther} is how often the labels said "other" for a wage complaint naming no industry (for information:
 * the confidence given then is {@link SectorModel#NO_EVIDENCE_CONFIDENCE}).
 */
public record Calibration(double wageA, double wageB, double sectorA, double sectorB, double noCueOther) {

    public static final Calibration IDENTITY = new Calibration(1, 0, 1, 0, 0.5);

    /** One out-of-fold output: the raw probability and whether the event (wage; sector right) happened. */
    public record Point(double p, boolean happened) {
    }

    public double wage(double p) {
        return scale(wageA, wageB, p);
    }

    public double sector(double p) {
        return scale(sectorA, sectorB, p);
    }

    private static double scale(double a, double b, double p) {
        return 1 / (1 + Math.exp(-(a * logit(p) + b)));
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.max(-20, Math.min(20, Math.log(q / (1 - q))));
    }

    /** Fits a and b by Newton's method on the log-loss, with Platt's smoothed targets against overfitting. */
    public static double[] fit(List<Point> points) {
        long pos = points.stream().filter(Point::happened).count();
        long neg = points.size() - pos;
        if (pos == 0 || neg == 0) {
            return new double[]{1, 0};
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 1;
        double b = 0;
        double loss = loss(points, a, b, hi, lo);
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (Point pt : points) {
                double x = logit(pt.p());
                double y = pt.happened() ? hi : lo;
                double q = 1 / (1 + Math.exp(-(a * x + b)));
                double w = q * (1 - q);
                ga += (q - y) * x;
                gb += q - y;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            // Damped: halve the Newton step until the loss falls (saturated logits make the plain step overshoot)
            double step = 1;
            double next = loss(points, a - da, b - db, hi, lo);
            while (!(next < loss) && step > 1e-6) {
                step /= 2;
                next = loss(points, a - step * da, b - step * db, hi, lo);
            }
            if (!(next < loss)) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < 1e-10;
            loss = next;
            if (converged) {
                break;
            }
        }
        return new double[]{a, b};
    }

    private static double loss(List<Point> points, double a, double b, double hi, double lo) {
        double sum = 0;
        for (Point pt : points) {
            double z = a * logit(pt.p()) + b;
            double y = pt.happened() ? hi : lo;
            // log(1 + e^z) - y z, computed without overflow
            sum += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y * z;
        }
        return sum;
    }

    public String toTsv() {
        return String.format(Locale.ROOT, "# Platt scaling fitted on 5-fold out-of-fold outputs on the training set (nlp-train)%n"
                + "wage\t%.6f\t%.6f%nsector\t%.6f\t%.6f%nno-cue-other\t%.6f%n", wageA, wageB, sectorA, sectorB, noCueOther);
    }

    public static Calibration read(InputStream in) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                rows.put(cells[0], cells);
            }
        }
        return new Calibration(d(rows, "wage", 1), d(rows, "wage", 2), d(rows, "sector", 1), d(rows, "sector", 2),
                d(rows, "no-cue-other", 1));
    }

    private static double d(Map<String, String[]> rows, String key, int i) {
        return Double.parseDouble(rows.get(key)[i]);
    }
}
