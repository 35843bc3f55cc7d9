package org.xinsheng.nlp.numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * What a complaint says about money, as found by a language's reader: the sums it names and the role each plays,
 * and the durations that multiply a rate. {@link #amountOwed} turns them into the total still owed.
 */
public final class MoneyFacts {

    public enum Role { OWED, TOTAL, REMAINING, PAID, RATE_MONTH, RATE_DAY }

    /**
     * {@code marked}: for an OWED sum, the writer said it is owed (欠, 没给), so it is already what is left; for a
     * PAID sum, it was an advance (预支, 借支, 生活费), which a sum stated as owed has already taken off.
     */
    public record Sum(double value, Role role, boolean perPerson, boolean vague, boolean marked) {
        public Sum(double value, Role role, boolean perPerson, boolean vague) {
            this(value, role, perPerson, vague, false);
        }
    }

    private final List<Sum> sums = new ArrayList<>();
    private Double months;
    private Double days;

    public void add(Sum sum) {
        sums.add(sum);
    }

    private boolean monthsOwedCue;
    private double paidMonths;

    /** Months already paid ("只发了一个月的"): taken off the months worked. */
    public void paidMonths(double value) {
        paidMonths += value;
    }
    private boolean daysOwedCue;
    private boolean nothingPaid;

    /** "一分没给", "一直没发过": nothing of what was earned has been paid. */
    public void nothingPaid() {
        nothingPaid = true;
    }

    private boolean hasPaid() {
        return sums.stream().anyMatch(s -> s.role() == Role.PAID);
    }
    private double owedShare = 1;

    /** "给了一半": only this share of what was earned is still owed (when no paid sum is stated). */
    public void owedShare(double share) {
        owedShare = share;
    }

    /** A number of months; the first one said to be owed wins over the others ("干了5个月，欠了3个月"). */
    public void months(double value, boolean owedCue) {
        if (months == null || owedCue && !monthsOwedCue) {
            months = value;
            monthsOwedCue = owedCue;
        }
    }

    public void days(double value, boolean owedCue) {
        if (days == null || owedCue && !daysOwedCue) {
            days = value;
            daysOwedCue = owedCue;
        }
    }

    public List<Sum> sums() {
        return sums;
    }

    /**
     * The unpaid wage still owed, summed over the workers, or null when the text does not state it.
     *
     * @param workers the explicit head-count, or null when none or vague
     * @param plural  whether the writer speaks for several people
     */
    public Long amountOwed(Integer workers, boolean plural) {
        if (sums.isEmpty()) {
            return null;
        }
        if (sums.stream().allMatch(Sum::vague)) {
            return null;
        }
        Sum remaining = last(Role.REMAINING);
        if (remaining != null) {
            return remaining.vague() ? null : Math.round(remaining.value() * heads(remaining, workers));
        }
        double paid = 0;
        for (Sum s : sums) {
            if (s.role() == Role.PAID && !s.vague()) {
                double heads = heads(s, workers);
                paid += Double.isNaN(heads) ? 0 : s.value() * heads;
            }
        }
        Double base = null;
        double share = owedShare;
        Sum total = last(Role.TOTAL);
        if (total != null) {
            if (total.vague()) {
                return null;
            }
            base = total.value() * heads(total, workers);
        } else {
            Sum monthly = last(Role.RATE_MONTH);
            Sum daily = last(Role.RATE_DAY);
            // 每月500，干了三年: the length of service times the wage is what was earned, not what is owed, unless
            // the months are said to be unpaid, nothing was paid, or the time is short enough to be one unpaid stretch
            boolean monthsUnpaid = monthsOwedCue || nothingPaid || months != null && months <= 12 || hasPaid();
            if (monthly != null && months != null && monthsUnpaid) {
                double owedMonths = paidMonths > 0 && paidMonths < months ? months - paidMonths : months;
                base = rateTimes(monthly, owedMonths, workers, plural);
            } else if (daily != null && days != null) {
                base = rateTimes(daily, days, workers, plural);
            } else if (monthly != null && daily == null && months == null && days != null) {
                base = null;
            }
            if (base == null) {
                Sum owed = largest(Role.OWED);
                if (owed != null) {
                    if (owed.vague()) {
                        return null;
                    }
                    share = 1; // a sum said to be owed is already what is left
                    base = owed.value() * heads(owed, workers);
                    if (owed.marked()) {
                        paid = paidExceptAdvances(workers);
                    }
                } else if (monthly != null || daily != null) {
                    return null;
                }
            }
        }
        if (base == null || base.isNaN()) {
            return null;
        }
        double owed = paid > 0 && paid < base ? base - paid : base * share;
        return Math.round(owed);
    }

    private double paidExceptAdvances(Integer workers) {
        double paid = 0;
        for (Sum s : sums) {
            if (s.role() == Role.PAID && !s.vague() && !s.marked()) {
                double heads = heads(s, workers);
                paid += Double.isNaN(heads) ? 0 : s.value() * heads;
            }
        }
        return paid;
    }

    private static double heads(Sum sum, Integer workers) {
        if (!sum.perPerson()) {
            return 1;
        }
        return workers == null ? Double.NaN : workers;
    }

    private static Double rateTimes(Sum rate, double duration, Integer workers, boolean plural) {
        if (rate.vague()) {
            return Double.NaN;
        }
        double people;
        if (workers != null) {
            people = workers;
        } else if (plural) {
            return Double.NaN;
        } else {
            people = 1;
        }
        return rate.value() * duration * people;
    }

    private Sum last(Role role) {
        Sum found = null;
        for (Sum s : sums) {
            if (s.role() == role) {
                found = s;
            }
        }
        return found;
    }

    private Sum largest(Role role) {
        Sum found = null;
        for (Sum s : sums) {
            if (s.role() == role && (found == null || s.value() > found.value())) {
                found = s;
            }
        }
        return found;
    }
}
