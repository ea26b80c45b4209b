package fr.agora.sortition.io;

import fr.agora.sortition.SortitionInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict RFC 4180 CSV reader: UTF-8 (a leading BOM is skipped), comma separator (or another, see
 * {@link #parse(String, String, char)}), double-quoted fields
 * with {@code ""} escapes and embedded newlines, CRLF or LF. Blank lines are skipped; every record must
 * have as many fields as the header. Fields are trimmed.
 */
public final class Csv {

    /** One data record and the line it starts on (1-based, the header being line 1). */
    public record Row(int line, String[] fields) {
    }

    /** A parsed file: header names as written (trimmed) and the data rows. */
    public record Table(String file, String[] header, List<Row> rows) {

        /** Index of a header name, case-insensitive, or -1. */
        public int column(String name) {
            for (int i = 0; i < header.length; i++) {
                if (header[i].equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private Csv() {
    }

    /** Reads and parses a file; {@code label} names it in error messages. */
    public static Table read(Path path, String label) throws SortitionInputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SortitionInputException(label, 0, "fichier introuvable");
        } catch (IOException e) {
            throw new SortitionInputException(label, 0, "lecture impossible (" + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SortitionInputException(label, 0, "encodage invalide (UTF-8 attendu)");
        }
        return parse(text, label);
    }

    /** Parses CSV text; {@code label} names it in error messages. */
    public static Table parse(String text, String label) throws SortitionInputException {
        Table table = parse(text, label, ',');
        for (Row r : table.rows()) {
            if (r.fields().length != table.header().length) {
                throw new SortitionInputException(label, r.line(),
                        r.fields().length + " champs au lieu de " + table.header().length);
            }
        }
        return table;
    }

    /**
     * Parses CSV text with the given separator, with the same quoting and header rules, but leaves rows whose
     * number of fields differs from the header's to the caller, who can report each of them.
     */
    public static Table parse(String text, String label, char separator) throws SortitionInputException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Row> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean inQuotes = false;
        boolean afterQuote = false;
        boolean fieldStarted = false;
        int len = text.length();
        for (int pos = 0; pos <= len; pos++) {
            char c = pos < len ? text.charAt(pos) : '\n';
            boolean eof = pos == len;
            if (inQuotes) {
                if (eof) {
                    throw new SortitionInputException(label, quoteLine, "guillemet non fermé");
                }
                if (c == '"') {
                    if (pos + 1 < len && text.charAt(pos + 1) == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        inQuotes = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == separator) {
                fields.add(afterQuote ? field.toString() : field.toString().trim());
                field.setLength(0);
                afterQuote = false;
                fieldStarted = true;
                continue;
            }
            if (c == '\r' && pos + 1 < len && text.charAt(pos + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                boolean blank = !fieldStarted && fields.isEmpty() && field.toString().isBlank() && !afterQuote;
                if (!blank) {
                    fields.add(afterQuote ? field.toString() : field.toString().trim());
                    records.add(new Row(recordLine, fields.toArray(String[]::new)));
                }
                fields.clear();
                field.setLength(0);
                afterQuote = false;
                fieldStarted = false;
                if (!eof) {
                    line++;
                }
                recordLine = line;
                continue;
            }
            if (afterQuote) {
                if (Character.isWhitespace(c)) {
                    continue;
                }
                throw new SortitionInputException(label, line, "caractère « " + c + " » après un guillemet fermant");
            }
            if (c == '"') {
                if (!field.toString().isBlank()) {
                    throw new SortitionInputException(label, line, "guillemet au milieu d'un champ");
                }
                field.setLength(0);
                inQuotes = true;
                quoteLine = line;
                fieldStarted = true;
                continue;
            }
            field.append(c);
            fieldStarted = true;
        }
        if (records.isEmpty()) {
            throw new SortitionInputException(label, 0, "fichier vide");
        }
        String[] header = records.get(0).fields();
        for (int i = 0; i < header.length; i++) {
            if (header[i].isEmpty()) {
                throw new SortitionInputException(label, 1, "en-tête : colonne " + (i + 1) + " sans nom");
            }
            for (int j = 0; j < i; j++) {
                if (header[j].equalsIgnoreCase(header[i])) {
                    throw new SortitionInputException(label, 1, "en-tête : colonne « " + header[i] + " » en double");
                }
            }
        }
        return new Table(label, header, List.copyOf(records.subList(1, records.size())));
    }
}
