package org.xinsheng.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an import sheet: the first row names them, in Chinese (as the platform exports) or by the API's
 * field names, in any order. 线索编号 (the platform's clue number), 反映内容 and 联系电话 are required.
 */
public final class ImportTemplate {

    public record Column(String field, String title, boolean required) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("clueNumber", "线索编号", true),
            new Column("text", "反映内容", true),
            new Column("phone", "联系电话", true),
            new Column("name", "姓名", false),
            new Column("employer", "用人单位", false),
            new Column("amountYuan", "欠薪金额", false),
            new Column("workers", "涉及人数", false),
            new Column("township", "乡镇", false),
            new Column("sector", "行业", false),
            new Column("language", "语言", false));

    private ImportTemplate() {
    }

    public static Optional<Column> byHeader(String header) {
        String h = header.strip().replace("（元）", "").replace("(元)", "");
        return COLUMNS.stream().filter(c -> c.title().equals(h) || c.field().equalsIgnoreCase(h)).findFirst();
    }

    /** Which column index holds which field; the required columns that are missing. */
    public static Map<String, Integer> map(List<String> headers, List<String> missing) {
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            byHeader(headers.get(i)).ifPresent(c -> at.putIfAbsent(c.field(), index));
        }
        COLUMNS.stream().filter(c -> c.required() && !at.containsKey(c.field())).forEach(c -> missing.add(c.title()));
        return at;
    }
}
