package org.xinsheng.nlp.corpus;

import java.io.IOException;
import java.util.Map;

/** One labelled line of a corpus (nlp-schema.md). */
public record LabelledComplaint(String id, String text, String lang, boolean wageArrears, String sector,
                                String employer, Long amountYuan, Integer workers, String township,
                                boolean absconded) {

    public static LabelledComplaint fromJson(String line) throws IOException {
        Map<String, Object> f = JsonLine.parse(line);
        Object amount = f.get("amount_yuan");
        Object workers = f.get("workers");
        return new LabelledComplaint((String) f.get("id"), (String) f.get("text"), (String) f.get("lang"),
                Boolean.TRUE.equals(f.get("wage_arrears")), (String) f.get("sector"), (String) f.get("employer"),
                amount == null ? null : ((Number) amount).longValue(),
                workers == null ? null : ((Number) workers).intValue(),
                (String) f.get("township"), Boolean.TRUE.equals(f.get("absconded")));
    }
}
