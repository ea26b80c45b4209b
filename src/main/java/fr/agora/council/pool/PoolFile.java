package fr.agora.council.pool;

import fr.agora.sortition.SortitionInputException;
import fr.agora.sortition.io.Csv;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A pool file as received: decoded (UTF-8, with or without BOM, else Windows-1252 as spreadsheets export it in
 * France), its separator recognised from the header line ({@code ;}, {@code ,} or tab), and split into rows with
 * their line numbers. Rows of the wrong width are kept for the validation report, not dropped.
 *
 * @param name      the file's name, for reports
 * @param charset   the encoding recognised
 * @param separator the separator recognised
 * @param header    column names as written
 * @param rows      the data rows, with their line numbers (the header is line 1)
 */
public record PoolFile(String name, Charset charset, char separator, List<String> header, List<Csv.Row> rows) {

    /** Windows-1252, the encoding of a CSV saved by a French spreadsheet. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public PoolFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Decodes and splits a file.
     *
     * @throws PoolImportException when it is too large, empty, not text, has too many rows, or its CSV syntax is
     *                             broken (an unclosed quote, a header without names)
     */
    public static PoolFile parse(String name, byte[] bytes, PoolLimits limits) throws PoolImportException {
        if (bytes.length > limits.maxBytes()) {
            throw new PoolImportException("pool.file.too-large", limits.maxBytes() / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new PoolImportException("pool.file.empty");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new PoolImportException("pool.file.not-text");
            }
        }
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            charset = WINDOWS_1252;
            text = new String(bytes, WINDOWS_1252);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char separator = separatorOf(text);
        Csv.Table table;
        try {
            table = Csv.parse(text, name, separator);
        } catch (SortitionInputException e) {
            throw new PoolImportException("pool.file.syntax", e.getMessage());
        }
        if (table.rows().isEmpty()) {
            throw new PoolImportException("pool.file.no-rows");
        }
        if (table.rows().size() > limits.maxRows()) {
            throw new PoolImportException("pool.file.too-many-rows", table.rows().size(), limits.maxRows());
        }
        return new PoolFile(name, charset, separator, List.of(table.header()), table.rows());
    }

    /** The separator that splits the first line into the most fields, outside quotes. */
    static char separatorOf(String text) {
        char best = ';';
        int bestCount = -1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted && c == candidate) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
