package org.xinsheng.cases;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.inject.Singleton;
import org.xinsheng.nlp.corpus.JsonLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the labelled examples staff corrections made, in the corpus format (nlp-schema.md, one JSON object a line,
 * ids corr-ID) for {@code nlp-train --extra}: the last correction of each complaint, without who made it.
 */
@Singleton
public class CorrectionExport {

    private final AnalysisCorrectionRepository examples;

    public CorrectionExport(AnalysisCorrectionRepository examples) {
        this.examples = examples;
    }

    /** Writes every example; answers how many. */
    public int write(OutputStream out) throws IOException {
        List<AnalysisCorrection> latest = examples.latestPerComplaint();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (AnalysisCorrection example : latest) {
            writer.write(line(example));
            writer.write('\n');
        }
        writer.flush();
        return latest.size();
    }

    public static String line(AnalysisCorrection e) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonLine.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", "corr-" + e.id());
            g.writeStringField("text", e.text());
            g.writeStringField("lang", e.language());
            g.writeBooleanField("wage_arrears", e.wageArrears());
            g.writeStringField("sector", e.sector());
            g.writeStringField("employer", e.employer());
            if (e.amountYuan() == null) {
                g.writeNullField("amount_yuan");
            } else {
                g.writeNumberField("amount_yuan", e.amountYuan());
            }
            if (e.workers() == null) {
                g.writeNullField("workers");
            } else {
                g.writeNumberField("workers", e.workers());
            }
            g.writeStringField("township", e.township());
            g.writeBooleanField("absconded", e.absconded());
            g.writeEndObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return out.toString();
    }
}
