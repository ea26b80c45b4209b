package fr.agora.budget.service;

import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * An edition ready to vote, made through the services as people would: proposals deposited, reviewed feasible,
 * passed by the commission and placed on the ballot; an Etouvie envelope beside the city-wide part; then the clock
 * moved into the vote phase. Residents with a declared quartier.
 */
@Component
public class VoteFixtures {

    public static final String ETOUVIE_VOTER = "votante-etouvie@test.fr";
    public static final String CITY_VOTER = "votant-centre@test.fr";
    public static final String NO_QUARTIER = "sans-quartier@test.fr";
    public static final String OTHER_STAFF = "agent-bureau@test.fr";
    /** City centre: outside the Etouvie envelope. */
    public static final GeoPoint CENTRE = new GeoPoint(49.8941, 2.2958);
    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    @Autowired
    BudgetFixtures fx;
    @Autowired
    EditionService editions;
    @Autowired
    ProposalService proposals;
    @Autowired
    ReviewService reviews;
    @Autowired
    CommissionService commission;
    @Autowired
    BudgetVoteService votes;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    MutableClock clock;

    /** An edition with its ballot. */
    public record Ready(long editionId, List<Long> city, List<Long> etouvie) {
    }

    public Territory etouvie() {
        return territories.findFirstByCodeOrderByValidFromDesc("QPV-ETOUVIE").orElseThrow();
    }

    public Territory parcheminiers() {
        return territories.findFirstByCodeOrderByValidFromDesc("QPV-PARCHEMINIERS").orElseThrow();
    }

    public void accounts() {
        fx.accounts();
        fx.account(OTHER_STAFF, "Second agent", Role.STAFF);
        resident(ETOUVIE_VOTER, etouvie());
        resident(CITY_VOTER, parcheminiers());
        resident(NO_QUARTIER, null);
    }

    public UserAccount resident(String email, Territory quartier) {
        UserAccount u = fx.account(email, email, Role.RESIDENT);
        u.updateProfile(u.getDisplayName(), quartier, "fr");
        return users.save(u);
    }

    /**
     * City-wide projects of the given costs (general part 100 000 €) and Etouvie projects (envelope 50 000 €); the
     * vote configured with {@code type} and {@code rule} and open, the clock in the vote phase.
     */
    public Ready ready(VoteSettings.BallotType type, VoteSettings.Rule rule, long[] cityCosts, long[] etouvieCosts) {
        accounts();
        int year = YEARS.getAndIncrement();
        long etouvieId = etouvie().getId();
        long edition = As.user(BudgetFixtures.STAFF, () -> {
            EditionData e = editions.create(new EditionForm(year, "Budget participatif " + year, 180_000, 21, List.of(
                    new EditionForm.EnvelopeInput("CLASSES", "Classes citoyennes", EnvelopeKind.CLASSES, null, 30_000),
                    new EditionForm.EnvelopeInput("ETOUVIE", "Etouvie", EnvelopeKind.TERRITORY, etouvieId, 50_000)),
                    BudgetFixtures.phases(BudgetFixtures.today())));
            return editions.addCommissionMember(e.id(), BudgetFixtures.MEMBER).id();
        }, Role.Names.STAFF);
        List<Long> city = new ArrayList<>();
        for (int i = 0; i < cityCosts.length; i++) {
            city.add(passed(edition, "Projet ville " + (i + 1), CENTRE, null, cityCosts[i]));
        }
        List<Long> etouvie = new ArrayList<>();
        for (int i = 0; i < etouvieCosts.length; i++) {
            etouvie.add(passed(edition, "Projet Etouvie " + (i + 1), BudgetFixtures.ETOUVIE, etouvieId, etouvieCosts[i]));
        }
        clock.set(clock.instant().plus(Duration.ofDays(50)));
        As.user(BudgetFixtures.STAFF, () -> {
            votes.configure(edition, new VoteData.SettingsForm(type, 3, rule, 16, VoteSettings.Eligibility.DECLARED));
            votes.open(edition);
        }, Role.Names.STAFF);
        return new Ready(edition, city, etouvie);
    }

    private long passed(long edition, String title, GeoPoint where, Long territory, long cost) {
        long id = As.user(BudgetFixtures.RESIDENT, () -> {
            long d = proposals.createDraft(edition, HolderInput.resident());
            proposals.submit(d, new ProposalForm(title, "Un projet : " + title, fx.categoryId("AIRES_DE_JEUX"), where,
                    territory, cost, true));
            return d;
        }, Role.Names.RESIDENT);
        As.user(BudgetFixtures.STAFF, () -> reviews.assign(id, fx.serviceId("VOIRIE")), Role.Names.STAFF);
        As.user(BudgetFixtures.REVIEWER, () -> reviews.review(id, new ReviewInput(
                fr.agora.budget.domain.ReviewOutcome.FEASIBLE, null, null, cost)), Role.Names.SERVICE_REVIEWER);
        As.user(BudgetFixtures.MEMBER, () -> commission.decide(id, true, "Utile"), Role.Names.RESIDENT);
        As.user(BudgetFixtures.STAFF, () -> commission.placeOnBallot(id), Role.Names.STAFF);
        return id;
    }
}
