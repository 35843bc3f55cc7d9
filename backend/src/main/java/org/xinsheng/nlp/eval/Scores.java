package org.xinsheng.nlp.eval;

import org.xinsheng.nlp.Analysis;
import org.xinsheng.nlp.corpus.LabelledComplaint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Per-field agreement between analyses and gold labels, accumulated one complaint at a time. */
public final class Scores {

    private int n;
    private int language;
    private int wage;
    private int sector;
    private int employerExact;
    private double employerF1;
    private int amount;
    private int workers;
    private int township;
    private int absconded;
    private final Map<String, int[]> sectorCounts = new HashMap<>(); // tp, fp, fn

    public void add(LabelledComplaint gold, Analysis got) {
        n++;
        language += gold.lang().equals(got.language()) ? 1 : 0;
        wage += gold.wageArrears() == Boolean.TRUE.equals(got.wageArrears()) ? 1 : 0;
        boolean sectorRight = gold.sector().equals(got.sector());
        sector += sectorRight ? 1 : 0;
        if (sectorRight) {
            counts(gold.sector())[0]++;
        } else {
            counts(got.sector() == null ? "null" : got.sector())[1]++;
            counts(gold.sector())[2]++;
        }
        employerExact += Objects.equals(gold.employer(), got.employer()) ? 1 : 0;
        employerF1 += overlapF1(gold.employer(), got.employer());
        amount += Objects.equals(gold.amountYuan(), got.amountYuan()) ? 1 : 0;
        workers += Objects.equals(gold.workers(), got.workers()) ? 1 : 0;
        township += Objects.equals(gold.township(), got.township()) ? 1 : 0;
        absconded += gold.absconded() == Boolean.TRUE.equals(got.absconded()) ? 1 : 0;
    }

    private int[] counts(String label) {
        return sectorCounts.computeIfAbsent(label, k -> new int[3]);
    }

    /** Character-overlap F1 of two spans; 1 when both are null. */
    static double overlapF1(String gold, String got) {
        if (gold == null || got == null) {
            return gold == null && got == null ? 1 : 0;
        }
        Map<Integer, Integer> bag = new HashMap<>();
        gold.codePoints().forEach(c -> bag.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : got.codePoints().toArray()) {
            Integer left = bag.get(c);
            if (left != null && left > 0) {
                common++;
                bag.put(c, left - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = common / (double) got.codePointCount(0, got.length());
        double r = common / (double) gold.codePointCount(0, gold.length());
        return 2 * p * r / (p + r);
    }

    public int count() {
        return n;
    }

    private double rate(int k) {
        return n == 0 ? 0 : k / (double) n;
    }

    public double language() {
        return rate(language);
    }

    public double wage() {
        return rate(wage);
    }

    public double sector() {
        return rate(sector);
    }

    public double sectorMacroF1() {
        Set<String> labels = new HashSet<>(sectorCounts.keySet());
        labels.remove("null");
        double sum = 0;
        int k = 0;
        for (String label : labels) {
            int[] c = sectorCounts.get(label);
            if (c[0] + c[2] == 0) {
                continue; // predicted but never gold: counted through the other classes' precision only
            }
            double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
            double r = c[0] / (double) (c[0] + c[2]);
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
            k++;
        }
        return k == 0 ? 0 : sum / k;
    }

    public double employerExact() {
        return rate(employerExact);
    }

    public double employerOverlapF1() {
        return n == 0 ? 0 : employerF1 / n;
    }

    public double amount() {
        return rate(amount);
    }

    public double workers() {
        return rate(workers);
    }

    public double township() {
        return rate(township);
    }

    public double absconded() {
        return rate(absconded);
    }

    /** The mean of wage accuracy, sector macro-F1, employer exact, amount, workers, township and absconded. */
    public double score() {
        return (wage() + sectorMacroF1() + employerExact() + amount() + workers() + township() + absconded()) / 7;
    }
}
