package org.xinsheng.reports;

import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A download written row by row into a temporary file and sent from it, so a sheet of any length needs memory for
 * a window of rows only (an Excel workbook keeps 100 rows in memory). The file is deleted when the answer is sent.
 */
public final class SheetFile {

    /** Receives the rows of a sheet, one at a time. */
    public interface Rows {
        void row(List<?> cells) throws IOException;
    }

    /** Writes every row of a sheet into the given {@link Rows}. */
    public interface Source {
        void writeTo(Rows rows) throws IOException;
    }

    private static final int ROWS_IN_MEMORY = 100;

    private SheetFile() {
    }

    public static StreamedFile xlsx(String sheetName, List<String> headers, Source source, String fileName) {
        return written(".xlsx", out -> {
            SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
            book.setCompressTempFiles(true);
            try {
                Sheet sheet = book.createSheet(sheetName);
                CellStyle bold = book.createCellStyle();
                Font font = book.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row header = sheet.createRow(0);
                for (int i = 0; i < headers.size(); i++) {
                    header.createCell(i).setCellValue(headers.get(i));
                    header.getCell(i).setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
                int[] next = {1};
                source.writeTo(cells -> fill(sheet.createRow(next[0]++), cells));
                book.write(out);
            } finally {
                book.close(); // also deletes the workbook's temporary row files (dispose() is deprecated for it)
            }
        }, MediaType.of(Downloads.XLSX), fileName);
    }

    /** CSV, UTF-8 with a byte order mark so Excel reads Chinese; cells quoted as {@link Downloads#field}. */
    public static StreamedFile csv(List<String> headers, Source source, String fileName) {
        return written(".csv", out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            Rows lines = cells -> {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    writer.write(Downloads.field(cells.get(i)));
                }
                writer.write("\r\n");
            };
            lines.row(headers);
            source.writeTo(lines);
            writer.flush();
        }, MediaType.of(Downloads.CSV), fileName);
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static StreamedFile written(String suffix, Body body, MediaType type, String fileName) {
        Path file = null;
        try {
            file = Files.createTempFile("xinsheng-download-", suffix);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                body.write(out);
            }
            return new StreamedFile(new DeletedOnClose(file), type, System.currentTimeMillis(), Files.size(file))
                    .attach(fileName);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary folder
            }
        }
    }

    private static final class DeletedOnClose extends FileInputStream {

        private final Path file;

        DeletedOnClose(Path file) throws IOException {
            super(file.toFile());
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                deleteQuietly(file);
            }
        }
    }

    /** Numbers as numbers (a sheet sums them), everything else as text, nulls as empty cells. */
    static void fill(Row row, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }
}
