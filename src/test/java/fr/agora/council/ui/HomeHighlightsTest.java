package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.service.CampaignData;
import fr.agora.council.service.CampaignForm;
import fr.agora.council.service.CandidacyService;
import fr.agora.council.service.CouncilForm;
import fr.agora.council.service.CouncilService;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.RunAs;
import fr.agora.shared.ui.HomeView;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page lists the calls for candidacies open now, with a link to their form; closed ones are not listed. */
@AgoraSpringTest
class HomeHighlightsTest extends SpringBrowserlessTest {

    @Autowired
    fr.agora.council.service.CampaignService calls;
    @Autowired
    CouncilService councils;
    @Autowired
    CandidacyService candidacies;
    @Autowired
    MutableClock clock;
    @Autowired
    List<fr.agora.shared.service.HighlightSource> sources;

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    CampaignData call(String title, Instant opens, Instant closes) {
        return RunAs.user("agent.accueil@test.local", () -> {
            long council = councils.create(new CouncilForm("Conseil accueil " + UUID.randomUUID(),
                    List.of("QPV-ETOUVIE"), 7007, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)).id();
            return calls.create(new CampaignForm(council, CampaignKind.HABITANT, title, null, null, opens, closes, 16));
        }, Role.Names.STAFF);
    }

    @Test
    void openCallsAreListedOnTheHomePage() {
        Instant now = clock.instant();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CampaignData open = call("Appel ouvert " + tag, now.minusSeconds(60), now.plus(Duration.ofDays(3)));
        call("Appel clos " + tag, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(2)));
        assertThat(sources).as("highlight sources").isNotEmpty();
        assertThat(sources.stream().flatMap(x -> x.highlights(java.util.Locale.FRENCH).stream()))
                .anyMatch(h -> h.title().equals("Appel ouvert " + tag));
        // the mocked UI starts on the home page: leave it so that a new one is built, as for a new visit
        navigate("territoires", fr.agora.shared.ui.TerritoriesView.class);
        HomeView home = navigate("", HomeView.class);
        UnorderedList list = $(UnorderedList.class).id("home-open");
        assertThat(list.getElement().getTextRecursively()).contains("Appel ouvert " + tag)
                .contains(open.councilName()).doesNotContain("Appel clos " + tag);
        assertThat($(Anchor.class).from(list).all()).anyMatch(a -> a.getHref().equals(
                "conseils/" + open.councilSlug() + "/candidater/" + open.id()));
        assertThat(home.getElement().getTextRecursively()).contains("En ce moment");
    }
}
