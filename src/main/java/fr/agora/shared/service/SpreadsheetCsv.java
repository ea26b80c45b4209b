package fr.agora.shared.service;

/**
 * CSV as spreadsheets in France open it: UTF-8 with a byte-order mark, semicolons, every cell quoted, and a cell a
 * spreadsheet would run as a formula ({@code = + - @}, tab, CR) neutralised with a leading apostrophe, so that an
 * export of what residents typed cannot carry a formula into a staff member's spreadsheet.
 */
public final class SpreadsheetCsv {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    /** Appends one line. */
    public SpreadsheetCsv row(String... cells) {
        row(out, cells);
        return this;
    }

    /** The file's bytes. */
    public byte[] bytes() {
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Appends one CSV line to {@code out}. */
    public static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d+(\\.\\d+)?")) {
                c = "'" + c;
            }
            out.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
