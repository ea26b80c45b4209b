package fr.agora.council.service;

import fr.agora.council.domain.AssociationElection;
import fr.agora.council.domain.AssociationElectionRepository;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CandidacyCampaign;
import fr.agora.council.domain.CandidacyCampaignRepository;
import fr.agora.council.domain.CandidacyRepository;
import fr.agora.council.domain.College;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.election.AssociationTally;
import fr.agora.council.election.CodeHolder;
import fr.agora.council.election.ElectorateRule;
import fr.agora.council.election.TieBreak;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.voting.BallotOption;
import fr.agora.voting.BallotRules;
import fr.agora.voting.VoteSpec;
import fr.agora.voting.VoterCodes;
import fr.agora.voting.VotingService;
import java.util.HashSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional election among the volunteer associations of a council's territory (DOMAIN.md §1.6, §7 C.11).
 *
 * <p>After an Associations call has closed, staff either open an election, when the standing candidacies
 * outnumber the council's free associations seats, or appoint every candidate directly, when they do not. Opening
 * issues a one-time code per voter (by default one per candidate association, see {@link ElectorateRule}), mailed
 * to the association and shown once to staff for in-person handout. Whoever holds a valid unused code votes once,
 * with or without an account, approving one to {@code seats} associations (limited vote); staff accounts never
 * vote (operator neutrality, DOMAIN.md §7 E.24). The registry, the ballot box, the receipts and the atomic
 * mark-as-voted are the voting core's ({@link VotingService}): an election is an approval vote of one to
 * {@code seats} candidacies, secret and sealed until the close. Voters go through {@link ElectionVoting}. Closing
 * counts the core's published ballots with {@link AssociationTally}, records and publishes the result with its
 * tie-break and seed; staff then appoint the elected titulaire and suppléant pairs in rank order.
 */
@Service
public class ElectionService {

    static final String STAFF = CouncilService.STAFF;
    /** The owner name of the association elections' votes in the voting core. */
    static final String VOTE_OWNER = "council_election";
    /** The public voting page. */
    public static final String VOTE_PATH = "conseils/vote-associations";

    private final AssociationElectionRepository elections;
    private final VotingService voting;
    private final CandidacyCampaignRepository campaigns;
    private final CandidacyRepository candidacies;
    private final MembershipService councils;
    private final AuditService audit;
    private final ElectionRegister register;
    private final AssociationElectionSettings settings;
    private final Clock clock;

    ElectionService(AssociationElectionRepository elections, VotingService voting,
            CandidacyCampaignRepository campaigns, CandidacyRepository candidacies,
            MembershipService councils, AuditService audit, ElectionRegister register,
            AssociationElectionSettings settings, Clock clock) {
        this.elections = elections;
        this.voting = voting;
        this.campaigns = campaigns;
        this.candidacies = candidacies;
        this.councils = councils;
        this.audit = audit;
        this.register = register;
        this.settings = settings;
        this.clock = clock;
    }

    /** The defaults the staff form shows. */
    public AssociationElectionSettings settings() {
        return settings;
    }

    // ---- staff ---------------------------------------------------------------------------------------------------

    /** The Associations calls with their candidates, free seats and election, newest first. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<ElectionCampaign> campaigns() {
        Instant now = clock.instant();
        Map<Long, Integer> free = new LinkedHashMap<>();
        List<ElectionCampaign> list = new ArrayList<>();
        for (CandidacyCampaign c : campaigns.findAllWithCouncil()) {
            if (c.getKind() != CampaignKind.ASSOCIATION) {
                continue;
            }
            long councilId = c.getCouncil().getId();
            int seats = free.computeIfAbsent(councilId, this::freeSeats);
            ElectionData election = elections.findByCampaign(c.getId()).map(this::data).orElse(null);
            list.add(new ElectionCampaign(c.getId(), c.getTitle(), councilId, c.getCouncil().getName(), c.getClosesAt(),
                    !now.isBefore(c.getClosesAt()), standing(c.getId()).size(), seats, election));
        }
        return list;
    }

    /**
     * Opens the election of a closed Associations call whose standing candidacies outnumber the council's free
     * associations seats, and issues the codes (mailed when an address is known; returned in clear, once).
     *
     * @param tieBreak the tie-break of this election, or null for the configured default
     */
    @PreAuthorize(STAFF)
    @Transactional
    public ElectionOpening open(long campaignId, TieBreak tieBreak) {
        return open(campaignId, tieBreak, null);
    }

    /**
     * As {@link #open(long, TieBreak)}, with the electorate of this election.
     *
     * @param electorate who holds a code, or null for the configured default
     */
    @PreAuthorize(STAFF)
    @Transactional
    public ElectionOpening open(long campaignId, TieBreak tieBreak, ElectorateRule electorate) {
        CandidacyCampaign campaign = closedAssociationCall(campaignId, "ELECTION_OPEN");
        List<Candidacy> standing = standing(campaignId);
        int seats = freeSeats(campaign.getCouncil().getId());
        if (seats < 1) {
            refuse("ELECTION_OPEN", "council_campaign", campaignId, "no free seat");
            throw new BusinessException("election.error.no-seat");
        }
        if (standing.size() <= seats) {
            refuse("ELECTION_OPEN", "council_campaign", campaignId, "candidates do not outnumber the seats");
            throw new BusinessException("election.error.not-outnumbered", standing.size(), seats);
        }
        TieBreak rule = tieBreak == null ? settings.tieBreak() : tieBreak;
        ElectorateRule electorateRule = electorate == null ? settings.electorate() : electorate;
        long voteId = voting.open(VoteSpec.secret(VOTE_OWNER, BallotRules.approval(
                standing.stream().map(c -> new BallotOption(c.getId(), null)).toList(), seats)));
        AssociationElection election = elections.save(AssociationElection.ballot(campaign, seats, rule, electorateRule,
                voteId, CurrentUser.actor(), clock.instant()));
        List<VoterCode> codes = register.issue(election, standing);
        audit.record("ELECTION_OPENED", "council_election", election.getId(), Map.of("campaign", campaignId,
                "seats", seats, "candidates", standing.size(), "tieBreak", rule.name(),
                "electorate", electorateRule.name(), "codes", codes.size()));
        return new ElectionOpening(data(election), codes);
    }

    /**
     * Appoints every candidate of a closed Associations call directly, in order of receipt, when they do not
     * outnumber the free seats (no election is needed). Recorded as a direct designation, once per call.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public ElectionData appointAllDirectly(long campaignId) {
        CandidacyCampaign campaign = closedAssociationCall(campaignId, "ELECTION_DIRECT");
        List<Candidacy> standing = standing(campaignId);
        long councilId = campaign.getCouncil().getId();
        int seats = freeSeats(councilId);
        if (standing.isEmpty()) {
            refuse("ELECTION_DIRECT", "council_campaign", campaignId, "no candidate");
            throw new BusinessException("election.error.no-candidate");
        }
        if (standing.size() > seats) {
            refuse("ELECTION_DIRECT", "council_campaign", campaignId, "candidates outnumber the seats");
            throw new BusinessException("election.error.outnumbered", standing.size(), seats);
        }
        AssociationElection e = elections.save(AssociationElection.direct(campaign, seats, settings.tieBreak(),
                settings.electorate(), standing.stream().map(Candidacy::getId).toList(), CurrentUser.actor(),
                clock.instant()));
        List<Integer> seatNos = new ArrayList<>();
        for (Candidacy c : standing) {
            seatNos.add(appointOne(councilId, c));
        }
        e.appointed(CurrentUser.actor(), clock.instant());
        audit.record("ELECTION_DIRECT_APPOINTED", "council_election", e.getId(), Map.of("campaign", campaignId,
                "associations", standing.size(), "seats", seatNos.toString()));
        return data(e);
    }

    /** The candidate associations of a ballot election, in order of receipt (the paper desk's form). */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<CandidateData> candidatesOf(long electionId) {
        AssociationElection e = load(electionId);
        return e.getVoteId() == null ? List.of() : candidates(e).stream().map(ElectionService::candidate).toList();
    }

    /** Closes the ballot, counts it and records the result, which becomes public. */
    @PreAuthorize(STAFF)
    @Transactional
    public ElectionResults close(long electionId) {
        AssociationElection e = load(electionId);
        if (!e.isOpen()) {
            refuse("ELECTION_CLOSE", "council_election", electionId, "not open");
            throw new BusinessException("election.error.closed");
        }
        List<Candidacy> candidates = candidates(e);
        voting.close(e.getVoteId());
        List<Set<Long>> cast = voting.publishedBallots(e.getVoteId()).stream().<Set<Long>>map(HashSet::new).toList();
        AssociationTally.Result r = AssociationTally.tally(electionId, e.getSeats(), e.getTieBreak(),
                candidates.stream().map(c -> new AssociationTally.Candidate(c.getId(), c.getReceivedOn(), c.getCreatedAt()))
                        .toList(), cast);
        e.close(r.ranking().stream().map(l -> new AssociationElection.ResultLine(l.candidateId(), l.votes(), l.rank(),
                l.elected(), l.tieBroken())).toList(), r.ballots(), r.ballotsDigest(), r.seed(), CurrentUser.actor(),
                clock.instant());
        audit.record("ELECTION_CLOSED", "council_election", electionId, Map.of("ballots", r.ballots(),
                "digest", r.ballotsDigest(), "seed", r.seed(), "tieBreak", e.getTieBreak().name(),
                "elected", r.elected().stream().map(l -> String.valueOf(l.candidateId())).collect(Collectors.joining(","))));
        return results(e);
    }

    /** Appoints the elected associations' titulaire and suppléant, in rank order, to the Associations collège. */
    @PreAuthorize(STAFF)
    @Transactional
    public List<Integer> appoint(long electionId) {
        AssociationElection e = load(electionId);
        if (e.isOpen()) {
            refuse("ELECTION_APPOINT", "council_election", electionId, "still open");
            throw new BusinessException("election.error.still-open");
        }
        if (e.getAppointedAt() != null) {
            refuse("ELECTION_APPOINT", "council_election", electionId, "already appointed");
            throw new BusinessException("election.error.already-appointed");
        }
        long councilId = e.getCampaign().getCouncil().getId();
        List<AssociationElection.ResultLine> elected = e.getResult().stream().filter(AssociationElection.ResultLine::isElected)
                .toList();
        int free = freeSeats(councilId);
        if (elected.size() > free) {
            refuse("ELECTION_APPOINT", "council_election", electionId, "not enough free seats");
            throw new BusinessException("election.error.seats-taken", elected.size(), free);
        }
        Map<Long, Candidacy> byId = candidacies.findAllById(elected.stream().map(AssociationElection.ResultLine::getCandidacyId)
                .toList()).stream().collect(Collectors.toMap(Candidacy::getId, Function.identity()));
        List<Integer> seats = new ArrayList<>();
        for (AssociationElection.ResultLine line : elected) {
            seats.add(appointOne(councilId, byId.get(line.getCandidacyId())));
        }
        e.appointed(CurrentUser.actor(), clock.instant());
        audit.record("ELECTION_APPOINTED", "council_election", electionId, Map.of("council", councilId,
                "seats", seats.toString(), "order", elected.stream().map(l -> String.valueOf(l.getCandidacyId()))
                        .collect(Collectors.joining(","))));
        return seats;
    }

    // ---- public --------------------------------------------------------------------------------------------------

    /** Every election and direct designation, newest first, for anyone. */
    @Transactional(readOnly = true)
    public List<ElectionData> all() {
        return elections.findAllWithCampaign().stream().map(this::data).toList();
    }

    /** The result of a closed election, for anyone. */
    @Transactional(readOnly = true)
    public ElectionResults results(long electionId) {
        AssociationElection e = load(electionId);
        if (e.isOpen()) {
            throw new BusinessException("election.error.still-open");
        }
        return results(e);
    }

    /** The anonymous ballots of a closed election, one line each (candidacy ids, ascending), to re-run the tally. */
    @Transactional(readOnly = true)
    public List<String> publishedBallots(long electionId) {
        AssociationElection e = load(electionId);
        if (e.isOpen()) {
            throw new BusinessException("election.error.still-open");
        }
        return voting.publishedBallots(e.getVoteId()).stream()
                .map(b -> b.stream().map(String::valueOf).collect(Collectors.joining(","))).sorted().toList();
    }

    /**
     * The SHA-256 of every receipt given to a voter of a closed election, sorted: published apart from the ballots,
     * so that a voter finds theirs without learning, or proving, what any ballot says.
     */
    @Transactional(readOnly = true)
    public List<String> publishedReceipts(long electionId) {
        AssociationElection e = load(electionId);
        if (e.isOpen()) {
            throw new BusinessException("election.error.still-open");
        }
        return e.getVoteId() == null ? List.of() : voting.publishedReceiptHashes(e.getVoteId());
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    private CandidacyCampaign closedAssociationCall(long campaignId, String action) {
        CandidacyCampaign c = campaigns.findWithCouncil(campaignId)
                .orElseThrow(() -> new BusinessException("candidacy.error.not-found"));
        if (c.getKind() != CampaignKind.ASSOCIATION) {
            refuse(action, "council_campaign", campaignId, "not an associations call");
            throw new BusinessException("election.error.wrong-kind");
        }
        if (clock.instant().isBefore(c.getClosesAt())) {
            refuse(action, "council_campaign", campaignId, "call still open");
            throw new BusinessException("election.error.campaign-open");
        }
        if (elections.findByCampaign(campaignId).isPresent()) {
            refuse(action, "council_campaign", campaignId, "already designated");
            throw new BusinessException("election.error.exists");
        }
        return c;
    }

    void refuse(String action, String type, Object id, String reason) {
        audit.recordRefusal(CurrentUser.actor(), action, type, id, Map.of("reason", reason));
    }

    private List<Candidacy> standing(long campaignId) {
        return candidacies.findStanding(campaignId).stream()
                .sorted(Comparator.comparing(Candidacy::getReceivedOn).thenComparing(Candidacy::getCreatedAt)
                        .thenComparing(Candidacy::getId))
                .toList();
    }

    /** The candidates of a ballot election: the options of its vote, in order of receipt. */
    List<Candidacy> candidates(AssociationElection e) {
        List<Long> ids = voting.find(e.getVoteId()).orElseThrow().rules().options().stream().map(BallotOption::id).toList();
        return candidacies.findAllById(ids).stream().sorted(Comparator.comparing(Candidacy::getReceivedOn)
                .thenComparing(Candidacy::getCreatedAt).thenComparing(Candidacy::getId)).toList();
    }

    /** The council's associations seats not yet held. */
    private int freeSeats(long councilId) {
        return councils.freeSeats(councilId, College.ASSOCIATIONS);
    }

    private int appointOne(long councilId, Candidacy c) {
        return councils.appoint(councilId, College.ASSOCIATIONS, MemberOrigin.ASSOCIATION,
                new Appointment(c.getTitulaireName(), c.getOrganisation(), c.getTitulaireEmail(), null, false),
                new Appointment(c.getSuppleantName(), c.getOrganisation(), c.getSuppleantEmail(), null, false));
    }

    /** A code as printed: three groups of four. */
    static String display(String code) {
        return VoterCodes.display(code);
    }

    AssociationElection load(long id) {
        return elections.findWithCampaign(id).orElseThrow(() -> new BusinessException("election.error.not-found"));
    }

    private ElectionResults results(AssociationElection e) {
        List<AssociationElection.ResultLine> lines = e.getResult();
        Map<Long, Candidacy> byId = candidacies.findAllById(lines.stream().map(AssociationElection.ResultLine::getCandidacyId)
                .toList()).stream().collect(Collectors.toMap(Candidacy::getId, Function.identity()));
        return new ElectionResults(data(e), e.getBallotsCast(), e.getBallotsDigest(), e.getSeed(),
                lines.stream().map(l -> new ElectionResults.Line(l.getRank(), candidate(byId.get(l.getCandidacyId())),
                        l.getVotes(), l.isElected(), l.isTieBroken())).toList());
    }

    static CandidateData candidate(Candidacy c) {
        return new CandidateData(c.getId(), c.getOrganisation(), c.getOrganisationType(),
                c.getTerritory() == null ? null : c.getTerritory().getName(), c.getTitulaireName(), c.getSuppleantName());
    }

    private ElectionData data(AssociationElection e) {
        CandidacyCampaign c = e.getCampaign();
        int count = e.getVoteId() == null || !e.isOpen() ? e.getResult().size()
                : voting.find(e.getVoteId()).orElseThrow().rules().options().size();
        return new ElectionData(e.getId(), c.getId(), c.getTitle(), c.getCouncil().getId(), c.getCouncil().getSlug(),
                c.getCouncil().getName(), e.getMethod(), e.getStatus(), e.getSeats(), e.getTieBreak(), e.getElectorate(),
                count, e.getOpenedAt(), e.getClosedAt(), e.getAppointedAt() != null, e.getVoteId());
    }
}
