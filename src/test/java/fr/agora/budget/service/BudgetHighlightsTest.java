package fr.agora.budget.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.service.Highlight;
import fr.agora.support.AgoraSpringTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page's « En ce moment » line of the budget: the open phase, the year written as a year. */
@AgoraSpringTest
class BudgetHighlightsTest {

    @Autowired
    BudgetFixtures fx;
    @Autowired
    BudgetHighlights highlights;

    @Test
    void an_open_phase_is_announced_with_its_year_written_as_a_year_not_as_an_amount() {
        fx.accounts();
        fx.edition();
        List<Highlight> list = highlights.highlights(Locale.FRENCH);
        assertThat(list).singleElement().satisfies(h -> {
            // was « Budget participatif 2 090 » (the year went through the number format)
            assertThat(h.title()).matches("Budget participatif \\d{4} : .+");
        });
        assertThat(highlights.highlights(Locale.ENGLISH)).singleElement()
                .satisfies(h -> assertThat(h.title()).matches("Participatory budget \\d{4}: .*"));
    }
}
