package fr.agora.budget.service;

import fr.agora.budget.domain.BallotBox;
import fr.agora.budget.domain.EditionRepository;
import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.Phase;
import fr.agora.budget.domain.ProposalRepository;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.budget.domain.RealisationStatus;
import fr.agora.budget.domain.ReviewOutcome;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountService;
import fr.agora.shared.service.ProfileData;
import fr.agora.shared.service.RunAs;
import fr.agora.shared.service.TerritoryService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo content of the vote (issue 17), after {@link BudgetDemoData}: a closed 2025 edition with its results,
 * explanations and a few winners under way on the map, and the current edition's vote open (the commission has
 * decided, the passed proposals are on the ballot) for {@code habitant@agora.demo}, whose quartier is Amiens Nord.
 * Steps run one by one through the services (the vote enrols voters in transactions of their own).
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
class BudgetVoteDemoData {

    private static final Logger log = LoggerFactory.getLogger(BudgetVoteDemoData.class);
    static final int PAST_YEAR = 2025;

    /** Title, description, QPV code, latitude, longitude, cost. */
    private static final String[][] PAST = {
        {"Aire de jeux de la place Vincent-Auriol", "Des jeux pour les petits et un sol souple.", "QPV-AMIENS-NORD", "49.9185", "2.2890", "60000"},
        {"Jardin partagé des Coursives", "Des bacs et un composteur au pied des immeubles.", "QPV-ETOUVIE", "49.9055", "2.2450", "25000"},
        {"Bancs le long de la Somme", "Dix bancs avec dossier entre le parc et le quai.", "QPV-PARCHEMINIERS", "49.8978", "2.3000", "15000"},
        {"City-stade de la Salamandre", "Un terrain multisport éclairé jusqu'à 22 h.", "QPV-SALAMANDRE", "49.8770", "2.3130", "90000"},
        {"Boîtes à livres des écoles", "Cinq boîtes à livres devant les écoles du quartier.", "QPV-CONDORCET", "49.8800", "2.3300", "7500"},
        {"Éclairage du chemin Pierre-Rollin", "Des lampadaires à détection sur le chemin piéton.", "QPV-PIERRE-ROLLIN", "49.8835", "2.3365", "40000"},
    };

    private final EditionRepository editionRows;
    private final ProposalRepository proposalRows;
    private final AccountDirectory users;
    private final AccountService accounts;
    private final TerritoryService territories;
    private final EditionService editions;
    private final ProposalService proposals;
    private final ProposalQueries queries;
    private final ReviewService reviews;
    private final CommissionService commission;
    private final BudgetVoteService votes;
    private final RealisationService realisations;
    private final BudgetAccess access;

    BudgetVoteDemoData(EditionRepository editionRows, ProposalRepository proposalRows, AccountDirectory users,
            AccountService accounts, TerritoryService territories, EditionService editions, ProposalService proposals,
            ProposalQueries queries, ReviewService reviews, CommissionService commission, BudgetVoteService votes,
            RealisationService realisations, BudgetAccess access) {
        this.editionRows = editionRows;
        this.proposalRows = proposalRows;
        this.users = users;
        this.accounts = accounts;
        this.territories = territories;
        this.editions = editions;
        this.proposals = proposals;
        this.queries = queries;
        this.reviews = reviews;
        this.commission = commission;
        this.votes = votes;
        this.realisations = realisations;
        this.access = access;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(41)
    void onReady() {
        try {
            load();
        } catch (RuntimeException e) {
            log.warn("Vote du budget de démonstration non chargé : {}", e.toString());
        }
    }

    void load() {
        LocalDate today = access.today();
        if (editionRows.existsByYear(PAST_YEAR) || !editionRows.existsByYear(today.getYear())
                || !users.hasAccount(BudgetDemoData.AGENT) || !users.hasAccount(BudgetDemoData.MEMBER)) {
            return;
        }
        log.info("Chargement du vote du budget participatif de démonstration");
        // voters live somewhere in Amiens (the vote is for residents)
        String[] quartiers = {"QPV-AMIENS-NORD", "QPV-ETOUVIE", "QPV-PARCHEMINIERS", "QPV-AMIENS-NORD", "QPV-CONDORCET"};
        for (int i = 0; i < BudgetDemoData.RESIDENTS.length; i++) {
            String code = quartiers[i];
            as(BudgetDemoData.RESIDENTS[i], () -> {
                ProfileData p = accounts.myProfile();
                if (p.quartierId() == null) {
                    accounts.updateMyProfile(p.displayName(), territory(code), p.locale());
                }
                return null;
            }, Role.Names.RESIDENT);
        }
        past(today);
        current(today);
    }

    /** 2025: the whole path, then the phases set back to 2025, results published and winners under way. */
    private void past(LocalDate today) {
        long nord = territory("QPV-AMIENS-NORD");
        long id = as(BudgetDemoData.AGENT, () -> {
            EditionData e = editions.create(new EditionForm(PAST_YEAR, "Budget participatif " + PAST_YEAR + " (démo)",
                    1_000_000, 21, List.of(new EditionForm.EnvelopeInput("AMIENS-NORD", "Amiens Nord",
                            EnvelopeKind.TERRITORY, nord, 150_000)), BudgetDemoData.phases(today.minusDays(5), today.plusDays(5))));
            editions.addCommissionMember(e.id(), BudgetDemoData.MEMBER);
            return e.id();
        }, Role.Names.STAFF);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < PAST.length; i++) {
            String[] p = PAST[i];
            String holder = BudgetDemoData.RESIDENTS[i % 3]; // never the commission member who decides
            ids.add(as(holder, () -> {
                long d = proposals.createDraft(id, HolderInput.resident());
                proposals.submit(d, new ProposalForm(p[0], p[1], queries.categories().getFirst().id(),
                        new GeoPoint(Double.parseDouble(p[3]), Double.parseDouble(p[4])), territory(p[2]),
                        Long.parseLong(p[5]), true));
                return d;
            }, Role.Names.RESIDENT));
        }
        long voirie = as(BudgetDemoData.AGENT, () -> reviews.services(), Role.Names.STAFF).stream()
                .filter(s -> s.code().equals("VOIRIE")).findFirst().orElseThrow().id();
        for (int i = 0; i < ids.size(); i++) {
            long pid = ids.get(i);
            long cost = Long.parseLong(PAST[i][5]);
            as(BudgetDemoData.AGENT, () -> {
                reviews.assign(pid, voirie);
                return null;
            }, Role.Names.STAFF);
            as(BudgetDemoData.REVIEWER, () -> {
                reviews.review(pid, new ReviewInput(ReviewOutcome.FEASIBLE, null, null, cost));
                return null;
            }, Role.Names.SERVICE_REVIEWER);
            as(BudgetDemoData.MEMBER, () -> {
                commission.decide(pid, true, "Utile au quartier et réalisable dans l'année.");
                return null;
            }, Role.Names.RESIDENT);
        }
        as(BudgetDemoData.AGENT, () -> commission.openBallot(id), Role.Names.STAFF);
        // the vote phase today for a moment: open, ballots from the demo residents, close
        setPhases(id, today.minusDays(40), today.minusDays(39));
        as(BudgetDemoData.AGENT, () -> votes.configure(id, new VoteData.SettingsForm(VoteSettings.BallotType.KNAPSACK, 3,
                VoteSettings.Rule.GREEDY, 16, VoteSettings.Eligibility.DECLARED)), Role.Names.STAFF);
        as(BudgetDemoData.AGENT, () -> votes.open(id), Role.Names.STAFF);
        int[][] choices = {{0, 1, 2}, {0, 4}, {3, 2, 4}, {0, 1, 5}, {1, 2, 4}};
        for (int v = 0; v < BudgetDemoData.RESIDENTS.length; v++) {
            int[] c = choices[v];
            as(BudgetDemoData.RESIDENTS[v], () -> {
                VoteData.MyBallot b = votes.myBallot(id);
                Map<Long, Set<Long>> chosen = new java.util.HashMap<>();
                for (VoteData.Ballot ballot : b.ballots()) {
                    Set<Long> in = new java.util.HashSet<>();
                    long total = 0;
                    for (int k : c) {
                        long pid = ids.get(k);
                        long cost = Long.parseLong(PAST[k][5]);
                        if (ballot.projects().stream().anyMatch(p -> p.proposalId() == pid) && total + cost <= ballot.amountEuros()) {
                            in.add(pid);
                            total += cost;
                        }
                    }
                    chosen.put(ballot.boxId(), in);
                }
                if (chosen.values().stream().anyMatch(s -> !s.isEmpty())) {
                    votes.cast(id, chosen, true);
                }
                return null;
            }, Role.Names.RESIDENT);
        }
        as(BudgetDemoData.AGENT, () -> votes.close(id), Role.Names.STAFF);
        // back to 2025's dates
        setPhases(id, LocalDate.of(PAST_YEAR, 1, 6), LocalDate.of(PAST_YEAR, 2, 28));
        List<VoteData.Winner> winners = realisations.winners(id);
        as(BudgetDemoData.AGENT, () -> {
            for (int i = 0; i < winners.size(); i++) {
                long pid = winners.get(i).proposalId();
                if (i % 3 == 1) {
                    realisations.move(pid, RealisationStatus.EN_TRAVAUX, today.minusDays(60), null);
                } else if (i % 3 == 2) {
                    realisations.move(pid, RealisationStatus.EN_TRAVAUX, today.minusDays(200), null);
                    realisations.move(pid, RealisationStatus.REALISE, today.minusDays(20), null);
                    realisations.holdersPart(pid, "Les porteurs ont choisi l'emplacement avec le service et inauguré le projet.");
                }
            }
            return null;
        }, Role.Names.STAFF);
    }

    /** This year's edition: the commission decides, the passed proposals go on the ballot, the vote opens. */
    private void current(LocalDate today) {
        long id = editionRows.findByYear(today.getYear()).orElseThrow().getId();
        for (var p : proposalRows.findByEditionAndStatusIn(id, EnumSet.of(ProposalStatus.FEASIBLE,
                ProposalStatus.FEASIBLE_WITH_CHANGES))) {
            String member = p.isHolder(BudgetDemoData.MEMBER) ? BudgetDemoData.OTHER_MEMBER : BudgetDemoData.MEMBER;
            as(member, () -> {
                commission.decide(p.getId(), true, "Retenu par la commission citoyenne : utile et réalisable.");
                return null;
            }, Role.Names.RESIDENT);
        }
        as(BudgetDemoData.AGENT, () -> commission.openBallot(id), Role.Names.STAFF);
        setPhases(id, today.minusDays(80), today.minusDays(39));
        as(BudgetDemoData.AGENT, () -> votes.open(id), Role.Names.STAFF);
    }

    private void setPhases(long id, LocalDate start, LocalDate depotEnd) {
        as(BudgetDemoData.AGENT, () -> {
            EditionData e = editions.edition(id);
            return editions.update(id, new EditionForm(e.year(), e.title(), e.totalEuros(), e.reviewDays(),
                    e.envelopes().stream().map(v -> new EditionForm.EnvelopeInput(v.code(), v.name(), v.kind(),
                            v.territoryId(), v.amountEuros())).toList(), BudgetDemoData.phases(start, depotEnd)));
        }, Role.Names.STAFF);
    }

    private long territory(String code) {
        return territories.current(TerritoryKind.QPV).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow().id();
    }

    private static <T> T as(String email, Supplier<T> action, String... roles) {
        return RunAs.user(email, action, roles);
    }

    static boolean isCity(BallotBox b) {
        return b.isCity();
    }

    static Phase votePhase() {
        return Phase.VOTE;
    }
}
