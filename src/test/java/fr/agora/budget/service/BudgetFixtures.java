package fr.agora.budget.service;

import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.HolderKind;
import fr.agora.budget.domain.Phase;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.As;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Test data for the budget tests, created through the services as the people who would create it: accounts,
 * an edition whose dépôt is open today, proposals deposited, reviewed and decided.
 */
@Component
public class BudgetFixtures {

    public static final String STAFF = "agent-budget@test.fr";
    public static final String RESIDENT = "porteuse@test.fr";
    public static final String OTHER = "voisin-budget@test.fr";
    public static final String MODERATOR = "moderation-budget@test.fr";
    public static final String REVIEWER = "voirie@test.fr";
    public static final String OTHER_REVIEWER = "espaces-verts@test.fr";
    public static final String MEMBER = "commission@test.fr";
    public static final String TEACHER = "enseignante@test.fr";
    public static final String PARTNER = "centre-social@test.fr";
    /** Etouvie, inside the city. */
    public static final GeoPoint ETOUVIE = new GeoPoint(49.9050, 2.2450);
    /** Paris: outside the city. */
    public static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);

    private static final AtomicInteger YEARS = new AtomicInteger(2001);

    @Autowired
    UserAccountRepository users;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    EditionService editions;
    @Autowired
    public ProposalService proposals;
    @Autowired
    ProposalQueries queries;
    @Autowired
    ReviewService reviews;
    @Autowired
    CommissionService commission;

    public void accounts() {
        account(STAFF, "Agent budget", Role.STAFF);
        account(RESIDENT, "Porteuse", Role.RESIDENT);
        account(OTHER, "Voisin", Role.RESIDENT);
        account(MODERATOR, "Modération", Role.MODERATOR);
        account(REVIEWER, "Service voirie", Role.SERVICE_REVIEWER);
        account(OTHER_REVIEWER, "Service espaces verts", Role.SERVICE_REVIEWER);
        account(MEMBER, "Membre commission", Role.RESIDENT);
        account(TEACHER, "Enseignante", Role.RESIDENT);
        account(PARTNER, "Centre social", Role.PARTNER);
        As.user(STAFF, () -> {
            long voirie = serviceId("VOIRIE");
            reviews.addReviewer(voirie, REVIEWER);
            reviews.addReviewer(serviceId("ESPACES_VERTS"), OTHER_REVIEWER);
        }, Role.Names.STAFF);
    }

    public UserAccount account(String email, String name, Role role) {
        return users.findByEmail(email).orElseGet(() -> {
            UserAccount u = new UserAccount(email, name, "{noop}x", Instant.now());
            u.verifyEmail();
            u.grant(role);
            return users.save(u);
        });
    }

    public long serviceId(String code) {
        return As.user(STAFF, () -> reviews.services(), Role.Names.STAFF).stream().filter(s -> s.code().equals(code))
                .findFirst().orElseThrow().id();
    }

    public long categoryId(String code) {
        return queries.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** Six phases around {@code today}: the dépôt runs from ten days ago to ten days ahead. */
    public static List<EditionForm.PhaseInput> phases(LocalDate today) {
        List<EditionForm.PhaseInput> list = new ArrayList<>();
        LocalDate start = today.minusDays(10);
        int[] lengths = {21, 20, 15, 15, 10, 300};
        for (Phase p : Phase.values()) {
            LocalDate end = start.plusDays(lengths[p.ordinal()] - 1);
            list.add(new EditionForm.PhaseInput(p, start, end, p == Phase.DEPOT, true, true));
            start = end.plusDays(1);
        }
        return list;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    public EditionForm form(int year) {
        return new EditionForm(year, "Budget participatif " + year, 1_000_000, 21,
                List.of(new EditionForm.EnvelopeInput("CLASSES", "Classes citoyennes", EnvelopeKind.CLASSES, null, 30_000)),
                phases(today()));
    }

    /**
     * The next free year for a test edition (one edition per year): never the years the demo loaders use (last
     * year, this year and next year in Paris, and 2036–2037 of the vote demo's test), and below the vote fixtures'
     * 2060.
     */
    static int nextYear() {
        int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear();
        java.util.Set<Integer> reserved = new java.util.HashSet<>(java.util.List.of(thisYear - 1, thisYear, thisYear + 1, 2036,
                2037, 2038, BudgetVoteDemoData.PAST_YEAR));
        int year;
        do {
            year = YEARS.getAndIncrement();
        } while (reserved.contains(year));
        if (year >= 2060) {
            throw new IllegalStateException("plus d'année libre pour une édition de test (2001–2059)");
        }
        return year;
    }

    /** A new edition (its own year), dépôt open today, with {@link #MEMBER} on its commission. */
    public EditionData edition() {
        int year = nextYear();
        return As.user(STAFF, () -> {
            EditionData e = editions.create(form(year));
            return editions.addCommissionMember(e.id(), MEMBER);
        }, Role.Names.STAFF);
    }

    public ProposalForm content(String title) {
        return new ProposalForm(title, "Un projet pour le quartier : " + title, categoryId("AIRES_DE_JEUX"), ETOUVIE,
                null, 20_000L, true);
    }

    /** A proposal deposited by {@code holder}. */
    public long deposit(long edition, String holder, String title) {
        return As.user(holder, () -> {
            long id = proposals.createDraft(edition, HolderInput.resident());
            proposals.submit(id, content(title));
            return id;
        }, Role.Names.RESIDENT);
    }

    /** Deposited, assigned to the voirie and reviewed feasible at {@code cost}. */
    public long feasible(long edition, String holder, String title, long cost) {
        long id = deposit(edition, holder, title);
        As.user(STAFF, () -> reviews.assign(id, serviceId("VOIRIE")), Role.Names.STAFF);
        As.user(REVIEWER, () -> reviews.review(id, new ReviewInput(fr.agora.budget.domain.ReviewOutcome.FEASIBLE, null,
                null, cost)), Role.Names.SERVICE_REVIEWER);
        return id;
    }

    public HolderInput collective(String name, String coHolder) {
        return new HolderInput(HolderKind.COLLECTIVE, name, null, List.of(coHolder));
    }
}
