package org.xinsheng.reports;

import java.util.List;

/** A sheet of a download: a name, a header row and rows of cells (String, Number, Boolean or null). */
public record Table(String name, List<String> headers, List<List<Object>> rows) {

    /** The weekly dispatch as one table: the county row, then townships, then bureaus. */
    public static Table of(Weekly weekly) {
        List<String> headers = List.of("周次", "类别", "单位代码", "单位", "新增线索", "累计线索", "在办", "办结",
                "超期", "涉及金额(元)", "追回金额(元)", "涉及人数");
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(row(weekly.week(), "全县", weekly.county()));
        weekly.townships().forEach(r -> rows.add(row(weekly.week(), "乡镇", r)));
        weekly.bureaus().forEach(r -> rows.add(row(weekly.week(), "部门", r)));
        return new Table("调度 " + weekly.week(), headers, rows);
    }

    private static List<Object> row(String week, String kind, Weekly.Row r) {
        return List.of(week, kind, r.unit(), r.unitName(), r.newCases(), r.total(), r.open(), r.closed(),
                r.overdue(), r.amountClaimedYuan(), r.amountRecoveredYuan(), r.workers());
    }
}
