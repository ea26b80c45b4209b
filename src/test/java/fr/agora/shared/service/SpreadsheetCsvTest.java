package fr.agora.shared.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12, item 11: formula prefixes are neutralised after Unicode normalisation and leading blanks. */
class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+33 6", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝HYPERLINK(\"http://x\")",
            "＋1+1", "﹦1", " =1+1", "\u00a0=1", "\u3000=1", "＠A1"})
    void formulas_get_an_apostrophe(String cell) {
        assertThat(SpreadsheetCsv.looksLikeFormula(cell)).isTrue();
        String line = new String(new SpreadsheetCsv().row(cell).bytes(), StandardCharsets.UTF_8);
        assertThat(line).startsWith("\uFEFF\"'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Étouvie", "-12", "3.5", "-0,5", "", "rue du 8-Mai", "a=b", "jean@exemple.fr"})
    void plain_values_are_left_alone(String cell) {
        assertThat(SpreadsheetCsv.looksLikeFormula(cell)).isFalse();
    }
}
