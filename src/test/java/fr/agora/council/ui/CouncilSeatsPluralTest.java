package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.service.BundleTexts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 14, item 15: "1 siège", never "1 sièges". */
class CouncilSeatsPluralTest {

    @Test
    void oneSeatIsSingularAndSeveralArePlural() {
        BundleTexts fr = new BundleTexts("council", Locale.FRENCH);
        assertThat(fr.get("council.seats", 1, 1, 500, "INSEE", "2025")).startsWith("1 siège d'habitants et 1 siège d'")
                .contains("pour 500 habitants");
        assertThat(fr.get("council.seats", 6, 6, 2920, "INSEE", "2025")).startsWith("6 sièges d'habitants et 6 sièges d'");
        assertThat(fr.get("draw.ceremony.pool", 1, 1, 2)).isEqualTo("Vivier : 1 personne. 1 siège, soit 2 personnes à tirer (titulaires et suppléants).");
        assertThat(fr.get("draw.public.draw", "1er mars 2026", 1)).isEqualTo("Tirage engagé le 1er mars 2026 (1 siège)");
        assertThat(new BundleTexts("council", Locale.ENGLISH).get("council.admin.saved", "X", 1))
                .isEqualTo("Council \"X\" saved: 1 residents' seat.");
    }
}
