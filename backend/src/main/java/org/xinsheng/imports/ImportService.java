package org.xinsheng.imports;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.intake.ComplaintRequest;
import org.xinsheng.intake.ComplaintRequestParser;
import org.xinsheng.intake.IntakeService;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Files each row of a platform sheet as a complaint with channel {@code import}. Every row is checked first, with the
 * same rules as POST /api/v1/complaints; then all good rows not imported before are filed in ONE transaction (so a
 * failure part-way files none of them) and bad rows are reported row by row, not filed. With allOrNothing a single
 * bad row refuses the whole file. A clue number already imported is skipped: uploading a sheet again files nothing twice.
 */
@Singleton
public class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final Pattern CLUE = Pattern.compile("[\\p{L}\\p{N}_\\-./]{1,64}");
    private static final Set<String> NUMBERS = Set.of("amountYuan", "workers");

    private final ComplaintRequestParser parser;
    private final IntakeService intake;
    private final ImportClue.Repository clues;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final Jurisdiction jurisdiction;
    private final int maxRows;

    public ImportService(ComplaintRequestParser parser, IntakeService intake, ImportClue.Repository clues,
                         TransactionOperations<Connection> transactions, JsonMapper json, Jurisdiction jurisdiction,
                         @Value("${xinsheng.import.max-rows:5000}") int maxRows) {
        this.parser = parser;
        this.intake = intake;
        this.clues = clues;
        this.transactions = transactions;
        this.json = json;
        this.jurisdiction = jurisdiction;
        this.maxRows = maxRows;
    }

    private record Good(int row, String clue, ComplaintRequest request) {
    }

    public ImportResult run(String fileName, byte[] bytes, boolean allOrNothing) {
        List<List<String>> sheet;
        try {
            sheet = SheetReader.read(bytes);
        } catch (SheetReader.UnreadableFile e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unreadable_file", e.getMessage());
        }
        if (sheet.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "empty_file", "The file has no header row and no clues.");
        }
        List<String> missing = new ArrayList<>();
        Map<String, Integer> columns = ImportTemplate.map(sheet.get(0), missing);
        if (!missing.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_columns",
                    "The header row lacks required columns: " + String.join(", ", missing) + ".",
                    Map.of("columns", "missing " + String.join(", ", missing)));
        }
        if (sheet.size() - 1 > maxRows) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "too_many_rows",
                    "A file may hold at most " + maxRows + " clues; split it.");
        }
        List<Good> good = new ArrayList<>();
        List<ImportResult.BadRow> bad = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int rows = 0;
        for (int i = 1; i < sheet.size(); i++) {
            List<String> cells = sheet.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows++;
            int rowNumber = i + 1;
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((field, index) -> values.put(field, index < cells.size() ? cells.get(index) : ""));
            String clue = values.remove("clueNumber");
            Map<String, String> faults = new LinkedHashMap<>();
            if (clue.isEmpty()) {
                faults.put("clueNumber", "is required");
            } else if (!CLUE.matcher(clue).matches()) {
                faults.put("clueNumber", "must be 1 to 64 letters, digits or - _ . /");
            } else if (seen.containsKey(clue)) {
                faults.put("clueNumber", "appears already in row " + seen.get(clue));
            } else {
                seen.put(clue, rowNumber);
            }
            ComplaintRequest request = null;
            try {
                request = parser.parse(body(values, faults));
            } catch (ApiException e) {
                e.toError().fields().forEach(faults::putIfAbsent);
            }
            if (faults.isEmpty()) {
                good.add(new Good(rowNumber, clue, request));
            } else {
                bad.add(new ImportResult.BadRow(rowNumber, clue.isEmpty() ? null : clue, faults));
            }
        }
        if (allOrNothing && !bad.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "bad_rows",
                    bad.size() + " rows are not valid; nothing was imported. Rows: " + describe(bad),
                    Map.of("rows", describe(bad)));
        }
        return file(fileName, rows, good, bad);
    }

    private ImportResult file(String fileName, int rows, List<Good> good, List<ImportResult.BadRow> bad) {
        Map<String, String> earlier = new HashMap<>();
        if (!good.isEmpty()) {
            clues.findByClueNumberIn(good.stream().map(Good::clue).toList())
                    .forEach(c -> earlier.put(c.clueNumber(), c.trackingCode()));
        }
        List<ImportResult.Filed> skipped = new ArrayList<>();
        List<Good> fresh = new ArrayList<>();
        for (Good g : good) {
            if (earlier.containsKey(g.clue())) {
                skipped.add(new ImportResult.Filed(g.row(), g.clue(), earlier.get(g.clue())));
            } else {
                fresh.add(g);
            }
        }
        List<ImportResult.Filed> imported;
        try {
            imported = transactions.executeWrite(status -> {
                Instant now = Instant.now();
                List<ImportResult.Filed> out = new ArrayList<>();
                for (Good g : fresh) {
                    String code = trackingCode(intake.file(g.request(), null));
                    clues.save(new ImportClue(g.clue(), code, shorten(fileName), now));
                    out.add(new ImportResult.Filed(g.row(), g.clue(), code));
                }
                return out;
            });
        } catch (DataAccessException e) {
            throw new ApiException(HttpStatus.CONFLICT, "import_conflict",
                    "Another import of the same clues ran at the same time; nothing from this file was filed. Upload it again.");
        }
        LOG.info("Imported {}: {} filed, {} already there, {} bad rows", shorten(fileName), imported.size(),
                skipped.size(), bad.size());
        return new ImportResult(shorten(fileName), rows, imported, skipped, bad);
    }

    /** The row as the JSON body POST /api/v1/complaints takes, so that the same rules check it. */
    private byte[] body(Map<String, String> values, Map<String, String> faults) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "import");
        for (Map.Entry<String, String> v : values.entrySet()) {
            String field = v.getKey();
            String value = v.getValue();
            if (value.isEmpty()) {
                continue;
            }
            if (NUMBERS.contains(field)) {
                try {
                    body.put(field, Long.parseLong(value.replace(",", "")));
                } catch (NumberFormatException e) {
                    faults.put(field, "must be a whole number");
                }
            } else if ("township".equals(field)) {
                body.put(field, township(value));
            } else {
                body.put(field, value);
            }
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A township by key or by its name in zh or bo. */
    private String township(String value) {
        return jurisdiction.townships().stream()
                .filter(t -> t.key().equals(value) || t.name().containsValue(value))
                .map(Jurisdiction.Unit::key).findFirst().orElse(value);
    }

    private String trackingCode(String answer) {
        try {
            return json.readValue(answer, JsonNode.class).get("trackingCode").getStringValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<ImportResult.BadRow> bad) {
        StringBuilder s = new StringBuilder();
        for (ImportResult.BadRow b : bad) {
            if (!s.isEmpty()) {
                s.append("; ");
            }
            s.append(b.row()).append(": ");
            b.fields().forEach((f, r) -> s.append(f).append(' ').append(r).append(' '));
        }
        String out = s.toString().strip();
        return out.length() > 2000 ? out.substring(0, 2000) + "…" : out;
    }

    private static String shorten(String name) {
        String n = name == null || name.isBlank() ? "upload" : name.strip();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }
}
