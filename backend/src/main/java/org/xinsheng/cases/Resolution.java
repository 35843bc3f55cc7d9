package org.xinsheng.cases;

import java.util.List;

/**
 * How a case was resolved: the four routes of "四个一批" (DOMAIN.md rule 9) and, for the guarantee funds, the order
 * in which they pay: the project's wage deposit first, then the pre-sale escrow, then the emergency fund.
 */
public final class Resolution {

    /** 监察执法处理, 集中接访化解, 司法联动执行, 应急保障资金兜底. */
    public static final List<String> ROUTES = List.of("inspection", "mediation", "court", "guarantee_fund");

    /** 工资保证金 → 预售监管资金 → 应急周转金. */
    public static final List<String> FUNDS = List.of("wage_deposit", "presale_escrow", "emergency_fund");

    private Resolution() {
    }

    /** The funds that must have been tried (and found short) before this one may pay. */
    public static List<String> before(String fund) {
        return FUNDS.subList(0, Math.max(0, FUNDS.indexOf(fund)));
    }
}
