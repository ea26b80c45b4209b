package fr.agora.council.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12, item 12: the nationality adjectives of non-EU countries are classified, not refused. */
class NationalityTest {

    @ParameterizedTest
    @ValueSource(strings = {"marocaine", "Marocain", "sénégalaise", "SÉNÉGALAIS", "turque", "Turc", "algérienne",
            "tunisien", "comorienne", "Sud-Africaine", "britannique", "suisse", "ukrainienne", "apatride", "néo-zélandais"})
    void non_eu_adjectives_are_non_eu(String value) {
        assertThat(Nationality.classify(value)).isEqualTo(EuStatus.NON_EU);
    }

    @ParameterizedTest
    @ValueSource(strings = {"française", "Portugaise", "roumain", "belge", "polonaise"})
    void eu_adjectives_stay_eu(String value) {
        assertThat(Nationality.classify(value)).isEqualTo(EuStatus.EU);
    }

    @ParameterizedTest
    @ValueSource(strings = {"marocianne", "Atlantide", "martienne"})
    void anything_else_is_not_guessed(String value) {
        assertThat(Nationality.classify(value)).isNull();
    }
}
