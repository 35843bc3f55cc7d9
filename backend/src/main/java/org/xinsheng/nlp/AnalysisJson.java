package org.xinsheng.nlp;

import com.fasterxml.jackson.core.JsonGenerator;
import org.xinsheng.nlp.corpus.JsonLine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes an analysis as one line of JSON in the contract's field names, with the caller's "id" first. */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    public static String line(Object id, Analysis a) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonLine.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            writeId(g, id);
            g.writeStringField("language", a.language());
            writeBoolean(g, "wageArrears", a.wageArrears());
            if (a.wageConfidence() == null) {
                g.writeNullField("wageConfidence");
            } else {
                g.writeNumberField("wageConfidence", a.wageConfidence());
            }
            g.writeStringField("sector", a.sector());
            if (a.sectorConfidence() == null) {
                g.writeNullField("sectorConfidence");
            } else {
                g.writeNumberField("sectorConfidence", a.sectorConfidence());
            }
            g.writeStringField("employer", a.employer());
            if (a.amountYuan() == null) {
                g.writeNullField("amountYuan");
            } else {
                g.writeNumberField("amountYuan", a.amountYuan());
            }
            if (a.workers() == null) {
                g.writeNullField("workers");
            } else {
                g.writeNumberField("workers", a.workers());
            }
            g.writeStringField("township", a.township());
            writeBoolean(g, "absconded", a.absconded());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String error(Object id, String message) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonLine.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            writeId(g, id);
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeId(JsonGenerator g, Object id) throws IOException {
        if (id instanceof Number n) {
            g.writeFieldName("id");
            g.writeNumber(n.toString());
        } else if (id instanceof String || id instanceof Boolean) {
            g.writeStringField("id", String.valueOf(id));
        } else {
            g.writeNullField("id");
        }
    }

    private static void writeBoolean(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeBooleanField(name, value);
        }
    }
}
