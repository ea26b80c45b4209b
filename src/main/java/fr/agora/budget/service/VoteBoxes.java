package fr.agora.budget.service;

import fr.agora.budget.domain.BallotBox;
import fr.agora.budget.domain.BallotBoxRepository;
import fr.agora.budget.domain.ClassAccountRepository;
import fr.agora.budget.domain.Edition;
import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.Phase;
import fr.agora.budget.domain.PhaseSchedule;
import fr.agora.budget.domain.Proposal;
import fr.agora.budget.domain.ProposalPhoto;
import fr.agora.budget.domain.ProposalPhotoRepository;
import fr.agora.budget.domain.ProposalRepository;
import fr.agora.budget.domain.VoteSettings;
import fr.agora.shared.domain.Territory;
import fr.agora.voting.BallotOption;
import fr.agora.voting.Tally;
import fr.agora.voting.Turnout;
import fr.agora.voting.VoteInfo;
import fr.agora.voting.VotingService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The ballot boxes of an edition's vote: which apply to a voter, what their ballots hold, their counts. */
@Component
class VoteBoxes {

    private final BallotBoxRepository boxes;
    private final ProposalRepository proposals;
    private final ProposalPhotoRepository photos;
    private final ClassAccountRepository classes;
    private final VotingService voting;
    private final BudgetAccess access;
    private final fr.agora.shared.service.TerritoryService territories;

    private final fr.agora.shared.service.AccountDirectory accounts;

    VoteBoxes(BallotBoxRepository boxes, ProposalRepository proposals, ProposalPhotoRepository photos,
            ClassAccountRepository classes, VotingService voting, BudgetAccess access,
            fr.agora.shared.service.TerritoryService territories, fr.agora.shared.service.AccountDirectory accounts) {
        this.territories = territories;
        this.accounts = accounts;
        this.boxes = boxes;
        this.proposals = proposals;
        this.photos = photos;
        this.classes = classes;
        this.voting = voting;
        this.access = access;
    }

    /** The enabled account with this address and its declared quartier, if any. */
    java.util.Optional<VoterRef> voter(String email) {
        return accounts.byEmail(email).map(a -> new VoterRef(a.id(), a.email(), a.displayName(),
                accounts.declaredQuartier(a.id()).flatMap(territories::territory).orElse(null)));
    }

    BallotBox save(BallotBox box) {
        return boxes.save(box);
    }

    List<BallotBox> of(long editionId) {
        return boxes.findByEditionIdOrderByIdAsc(editionId);
    }

    BallotBox box(long boxId) {
        return boxes.findById(boxId).orElseThrow(() -> new fr.agora.shared.domain.BusinessException("budgetvote.box.unknown"));
    }

    /** Each class votes as a class in the Classes citoyennes box: a registry line per class, by its subject. */
    void registerClasses(long coreVote) {
        classes.findAll().forEach(c -> voting.registerCode(coreVote, "class:" + c.getId()));
    }

    /**
     * The boxes whose ballot a resident of {@code quartier} fills, in a fixed order (by id, the order every cast
     * takes its locks in): the city-wide part, the thematic envelopes, and the envelope of their secteur or QPV.
     */
    List<BallotBox> applicable(long editionId, Territory quartier) {
        Set<Long> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Territory t = quartier; t != null; t = t.getParent()) {
            ids.add(t.getId());
            codes.add(t.getCode());
        }
        return of(editionId).stream().filter(b -> switch (b.getKind()) {
            case CLASSES -> false;
            case THEMATIC -> true;
            case TERRITORY -> b.getTerritoryId() != null && (ids.contains(b.getTerritoryId())
                    || territories.territory(b.getTerritoryId()).map(t -> codes.contains(t.getCode())).orElse(false));
        }).toList();
    }

    boolean hasVoted(long editionId, long accountId) {
        return of(editionId).stream().filter(b -> b.getCoreVoteId() != null && !b.isClasses())
                .anyMatch(b -> voting.lookUp(b.getCoreVoteId(), accountId).map(s -> s.voted()).orElse(false));
    }

    List<VoteData.Ballot> ballotsFor(Edition e, VoteSettings v, Territory quartier) {
        return quartier == null ? List.of() : applicable(e.getId(), quartier).stream().map(b -> ballot(b, v)).toList();
    }

    VoteData.Ballot ballot(BallotBox b, VoteSettings v) {
        VoteInfo info = voting.find(b.getCoreVoteId()).orElseThrow();
        List<Long> ids = info.rules().options().stream().map(BallotOption::id).toList();
        Map<Long, Proposal> byId = proposals.findAllById(ids).stream()
                .collect(Collectors.toMap(Proposal::getId, Function.identity()));
        List<VoteData.Project> projects = new ArrayList<>();
        for (Long id : ids) {
            Proposal p = byId.get(id);
            List<ProposalPhoto> ph = photos.findByProposalIdOrderByIdAsc(id);
            projects.add(new VoteData.Project(id, p.getTitle(), p.getDescription(), p.cost(), p.location(),
                    ph.isEmpty() ? null : ph.getFirst().getId()));
        }
        return new VoteData.Ballot(b.getId(), name(b), b.getAmountEuros(), v.getBallotType(),
                info.rules().maxChoices(), projects);
    }

    static String name(BallotBox b) {
        return b.isCity() ? "" : b.getName();
    }

    VoteData.Overview overview(Edition e, VoteSettings v) {
        List<VoteData.Box> list = new ArrayList<>();
        for (BallotBox b : of(e.getId())) {
            long ballots = 0;
            long online = 0;
            long paper = 0;
            int projects = 0;
            if (b.getCoreVoteId() != null) {
                Tally t = voting.tally(b.getCoreVoteId());
                Turnout turnout = voting.turnout(b.getCoreVoteId());
                ballots = t.ballots();
                online = turnout.online();
                paper = turnout.paper();
                projects = voting.find(b.getCoreVoteId()).map(i -> i.rules().options().size()).orElse(0);
            } else if (b.getBallots() != null) {
                ballots = b.getBallots();
            }
            list.add(new VoteData.Box(b.getId(), b.getEnvelopeCode(), name(b), b.getKind(), b.getAmountEuros(),
                    ballots, online, paper, projects));
        }
        boolean votePhase = e.phaseOn(access.today()).map(PhaseSchedule::getPhase).orElse(null) == Phase.VOTE;
        return new VoteData.Overview(e.getId(), e.getYear(), e.getTitle(), v.getBallotType(), v.getMaxChoices(),
                v.getRule(), v.getMinAge(), v.getEligibility(), v.getLotSeed(), v.getState(), v.isImported(),
                votePhase, v.getOpenedAt(), v.getClosedAt(), list);
    }

    static boolean isTerritory(BallotBox b) {
        return b.getKind() == EnvelopeKind.TERRITORY;
    }
}
