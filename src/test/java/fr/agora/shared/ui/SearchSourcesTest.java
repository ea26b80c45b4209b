package fr.agora.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.budget.service.BudgetFixtures;
import fr.agora.meetings.service.MeetingFixtures;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.walks.domain.RecommendationStatus;
import fr.agora.walks.service.RecommendationForm;
import fr.agora.walks.service.RecommendationService;
import fr.agora.walks.service.WalkFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, search: each feature's public content is found through its {@link SearchResult.Source} bean, and the
 * quartier filter (as {@link SearchView} applies it) keeps or drops it. One test per source.
 */
@AgoraSpringTest
class SearchSourcesTest {

    @Autowired
    List<SearchResult.Source> sources;
    @Autowired
    WalkFixtures walkFx;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    BudgetFixtures budgetFx;
    @Autowired
    MeetingFixtures meetingFx;
    @Autowired
    fr.agora.shared.service.TerritoryService territories;

    /** What a visitor finds for {@code text}, in {@code quartier} (null for all), of one kind. */
    List<SearchResult> find(String text, String quartier, String kindKey) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        return As.anonymous(() -> sources.stream().flatMap(s -> s.search(words, Locale.FRENCH).stream())
                .filter(r -> r.kindKey().equals(kindKey))
                .filter(r -> quartier == null || r.territoryCodes().contains(quartier))
                .toList());
    }

    static String unique() {
        return "zq" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_published_walks_transmitted_recommendation_is_found_and_a_draft_is_not() {
        walkFx.accounts();
        String word = unique();
        long walk = walkFx.walk("Recherche");
        walkFx.publishWalk(walk);
        As.user(WalkFixtures.STAFF, () -> {
            var sent = recommendations.create(walk, new RecommendationForm("Éclairer le passage " + word,
                    "Le passage est sombre", "Amiens Métropole", LocalDate.now().plusMonths(2), Set.of()));
            recommendations.changeStatus(sent.id(), RecommendationStatus.TRANSMISE, null);
            recommendations.create(walk, new RecommendationForm("Brouillon " + word, "Pas encore transmise",
                    "Amiens Métropole", LocalDate.now().plusMonths(2), Set.of()));
        }, Role.Names.STAFF);

        assertThat(find(word, null, "search.kind.recommendation")).extracting(SearchResult::title)
                .containsExactly("Éclairer le passage " + word);
        assertThat(find(word, "QPV-ETOUVIE", "search.kind.recommendation")).hasSize(1)
                .allSatisfy(r -> assertThat(r.target().view().getSimpleName()).isEqualTo("WalkView"));
        assertThat(find(word, "QPV-PARCHEMINIERS", "search.kind.recommendation")).isEmpty();
    }

    @Test
    void a_public_budget_proposal_is_found_with_its_quartier() {
        budgetFx.accounts();
        String word = unique();
        long edition = budgetFx.edition().id();
        long etouvie = territories.latest("QPV-ETOUVIE").orElseThrow().id();
        long deposited = As.user(BudgetFixtures.RESIDENT, () -> {
            long id = budgetFx.proposals.createDraft(edition, fr.agora.budget.service.HolderInput.resident());
            budgetFx.proposals.submit(id, new fr.agora.budget.service.ProposalForm("Banc " + word,
                    "Un banc près de l'arrêt de bus", budgetFx.categoryId("AIRES_DE_JEUX"), BudgetFixtures.ETOUVIE,
                    etouvie, 5_000L, true));
            return id;
        }, Role.Names.RESIDENT);

        assertThat(find(word, null, "search.kind.proposal")).extracting(SearchResult::title).containsExactly("Banc " + word);
        assertThat(find(word, "QPV-ETOUVIE", "search.kind.proposal")).singleElement()
                .satisfies(r -> assertThat(r.target().parameters().get("proposalId")).contains(String.valueOf(deposited)));
        assertThat(find(word, "QPV-PARCHEMINIERS", "search.kind.proposal")).isEmpty();
    }

    @Test
    void a_public_meeting_to_come_is_found_with_its_quartier() {
        MeetingFixtures.TestCouncil council = meetingFx.council(1);
        var meeting = meetingFx.plan(council.key(), LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10));
        String title = meeting.summary().title();
        String word = title.substring(title.indexOf('-') + 1);

        assertThat(find(word, null, "search.kind.meeting")).extracting(SearchResult::title).containsExactly(title);
        assertThat(find(word, "QPV-PARCHEMINIERS", "search.kind.meeting")).hasSize(1);
        assertThat(find(word, "QPV-ETOUVIE", "search.kind.meeting")).isEmpty();
    }

    @Test
    void a_comite_is_found_by_name_and_in_the_quartier_it_neighbours() {
        assertThat(find("parcheminiers", null, "search.kind.comite")).extracting(SearchResult::title)
                .contains("Comité de quartier des Parcheminiers");
        assertThat(find("parcheminiers", "QPV-PARCHEMINIERS", "search.kind.comite")).extracting(SearchResult::title)
                .contains("Comité de quartier des Parcheminiers");
        assertThat(find("parcheminiers", "QPV-ETOUVIE", "search.kind.comite")).isEmpty();
    }
}
