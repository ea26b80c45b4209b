package fr.agora.shared.service;

/**
 * CSV as spreadsheets in France open it: UTF-8 with a byte-order mark, semicolons, every cell quoted, and a cell a
 * spreadsheet would run as a formula ({@code = + - @}, tab, CR) neutralised with a leading apostrophe, so that an
 * export of what residents typed cannot carry a formula into a staff member's spreadsheet. The test is made on the
 * cell after Unicode compatibility normalisation (NFKC) and without its leading blanks, since some spreadsheets
 * read a full-width {@code ＝} or a {@code " ="} as a formula too.
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
            if (looksLikeFormula(c)) {
                c = "'" + c;
            }
            out.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    /** Whether a spreadsheet could read the cell as a formula (a plain number, even negative, is not one). */
    static boolean looksLikeFormula(String cell) {
        String probe = java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFKC);
        String trimmed = probe.replaceFirst("^[\\s\\u00A0\\u3000]+", "");
        if (trimmed.isEmpty() || probe.matches("-?\\d+([.,]\\d+)?")) {
            return false;
        }
        return "=+-@\t\r\n".indexOf(trimmed.charAt(0)) >= 0 || "\t\r".indexOf(probe.charAt(0)) >= 0;
    }
}
