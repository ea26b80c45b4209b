package fr.agora.council.service;

import fr.agora.council.domain.AssociationElection;
import fr.agora.council.domain.AssociationElectionRepository;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CandidacyCampaign;
import fr.agora.council.domain.CandidacyCampaignRepository;
import fr.agora.council.domain.CandidacyRepository;
import fr.agora.council.domain.College;
import fr.agora.council.domain.ElectionBallot;
import fr.agora.council.domain.ElectionBallotRepository;
import fr.agora.council.domain.ElectionVoter;
import fr.agora.council.domain.ElectionVoterRepository;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.election.AssociationTally;
import fr.agora.council.election.ElectorateRule;
import fr.agora.council.election.TieBreak;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.MailService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
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
 * vote (operator neutrality, DOMAIN.md §7 E.24). The ballot is secret: the register keeps a "has voted" flag, the
 * ballot a random id and the choices, and nothing joins them. Closing counts the ballots with
 * {@link AssociationTally}, records and publishes the result with its tie-break and seed; staff then appoint the
 * elected titulaire and suppléant pairs in rank order.
 */
@Service
public class ElectionService {

    static final String STAFF = CouncilService.STAFF;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 12;
    /** The public voting page. */
    public static final String VOTE_PATH = "conseils/vote-associations";

    private final AssociationElectionRepository elections;
    private final ElectionVoterRepository voters;
    private final ElectionBallotRepository ballots;
    private final CandidacyCampaignRepository campaigns;
    private final CandidacyRepository candidacies;
    private final MembershipService councils;
    private final AuditService audit;
    private final MailService mail;
    private final AssociationElectionSettings settings;
    private final Clock clock;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    ElectionService(AssociationElectionRepository elections, ElectionVoterRepository voters,
            ElectionBallotRepository ballots, CandidacyCampaignRepository campaigns, CandidacyRepository candidacies,
            MembershipService councils, AuditService audit, MailService mail, AssociationElectionSettings settings,
            Clock clock, @Value("${agora.public-url}") String publicUrl) {
        this.elections = elections;
        this.voters = voters;
        this.ballots = ballots;
        this.campaigns = campaigns;
        this.candidacies = candidacies;
        this.councils = councils;
        this.audit = audit;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
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
        AssociationElection election = elections.save(AssociationElection.ballot(campaign, seats, rule, electorateRule,
                CurrentUser.actor(), clock.instant()));
        List<VoterCode> codes = new ArrayList<>();
        for (Candidacy c : standing) {
            for (ElectionVoter.Holder holder : holders(electorateRule)) {
                String code = newCode();
                ElectionVoter voter = voters.save(new ElectionVoter(election, c, holder, hash(code)));
                codes.add(new VoterCode(voter.getId(), c.getOrganisation(), holder, holderName(c, holder), code,
                        mailCode(election, c, holder, code)));
            }
        }
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

    /** The voter register (who holds a code), for handing out or reissuing codes; never who has voted. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<VoterData> register(long electionId) {
        load(electionId);
        return voters.findByElection(electionId).stream().map(v -> new VoterData(v.getId(),
                v.getCandidacy().getOrganisation(), v.getHolder(), holderName(v.getCandidacy(), v.getHolder()))).toList();
    }

    /**
     * Issues a new code to a voter who has not voted (lost or never received); the previous code stops working.
     * Mailed again when an address is known.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public VoterCode reissue(long voterId) {
        ElectionVoter v = voters.findById(voterId).orElseThrow(() -> new BusinessException("election.error.not-found"));
        AssociationElection e = v.getElection();
        if (!e.isOpen()) {
            throw new BusinessException("election.error.closed");
        }
        if (v.isVoted()) {
            refuse("ELECTION_CODE_REISSUE", "council_election", e.getId(), "already voted");
            throw new BusinessException("election.error.code-used");
        }
        String code = newCode();
        v.reissue(hash(code));
        Candidacy c = v.getCandidacy();
        String mailed = mailCode(e, c, v.getHolder(), code);
        audit.record("ELECTION_CODE_REISSUED", "council_election", e.getId(), Map.of("voter", voterId));
        return new VoterCode(v.getId(), c.getOrganisation(), v.getHolder(), holderName(c, v.getHolder()), code, mailed);
    }

    /** How many code holders have voted: a count only. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Turnout turnout(long electionId) {
        load(electionId);
        return new Turnout(voters.countByElectionIdAndVoted(electionId, true),
                voters.countByElectionIdAndVoted(electionId, true) + voters.countByElectionIdAndVoted(electionId, false));
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
        List<Candidacy> candidates = candidates(electionId);
        List<Set<Long>> cast = ballots.findByElection(electionId).stream().map(ElectionBallot::getChoices).toList();
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

    // ---- voters --------------------------------------------------------------------------------------------------

    /**
     * The ballot paper a valid, unused code opens. Refused (and audited) for an unknown or used code, a closed
     * election, or a staff account.
     */
    @Transactional(readOnly = true)
    public BallotPaper ballotPaper(String code) {
        neutral("ELECTION_BALLOT_PAPER");
        ElectionVoter v = usableVoter(code, "ELECTION_BALLOT_PAPER");
        AssociationElection e = elections.findWithCampaign(v.getElection().getId()).orElseThrow();
        return new BallotPaper(e.getId(), e.getCampaign().getCouncil().getName(), e.getCampaign().getTitle(),
                e.getSeats(), candidates(e.getId()).stream().map(ElectionService::candidate).toList());
    }

    /**
     * Casts a secret ballot approving one to {@code seats} candidate associations, with a valid unused code. Refused
     * and audited otherwise; a refused ballot changes nothing and the code stays usable.
     */
    @Transactional
    public void vote(String code, Set<Long> choices) {
        neutral("ELECTION_VOTE");
        ElectionVoter v = usableVoter(code, "ELECTION_VOTE");
        long electionId = v.getElection().getId();
        int seats = v.getElection().getSeats();
        Set<Long> standing = candidates(electionId).stream().map(Candidacy::getId).collect(Collectors.toSet());
        Set<Long> chosen = choices == null ? Set.of() : new LinkedHashSet<>(choices);
        if (chosen.isEmpty()) {
            throw new BusinessException("election.error.no-choice");
        }
        if (chosen.size() > seats) {
            refuse("ELECTION_VOTE", "council_election", electionId, "more choices than seats");
            throw new BusinessException("election.error.too-many", seats);
        }
        if (!standing.containsAll(chosen)) {
            refuse("ELECTION_VOTE", "council_election", electionId, "not a candidate");
            throw new BusinessException("election.error.not-candidate");
        }
        // atomic: of two simultaneous uses of one code, only one marks it
        if (voters.markVoted(v.getId()) != 1) {
            refuse("ELECTION_VOTE", "council_election", electionId, "code already used");
            throw new BusinessException("election.error.code-used");
        }
        ballots.save(new ElectionBallot(elections.getReferenceById(electionId), chosen));
        // no voter, no ballot id in the trail: only that a ballot was cast in this election
        audit.record("ELECTION_BALLOT_CAST", "council_election", electionId, Map.of());
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
        return ballots.findByElection(electionId).stream()
                .map(b -> b.getChoices().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
                .sorted().toList();
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

    private ElectionVoter usableVoter(String code, String action) {
        String normalised = normalise(code);
        ElectionVoter v = normalised.length() != CODE_LENGTH ? null : voters.findByCodeHash(hash(normalised)).orElse(null);
        if (v == null) {
            refuse(action, "council_election", null, "unknown code");
            throw new BusinessException("election.error.unknown-code");
        }
        long electionId = v.getElection().getId();
        if (!v.getElection().isOpen()) {
            refuse(action, "council_election", electionId, "election closed");
            throw new BusinessException("election.error.closed");
        }
        if (v.isVoted()) {
            refuse(action, "council_election", electionId, "code already used");
            throw new BusinessException("election.error.code-used");
        }
        return v;
    }

    /** Operator neutrality: staff run the election but never vote, whatever code they hold. */
    private void neutral(String action) {
        if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            refuse(action, "council_election", null, "staff account");
            throw new BusinessException("election.error.staff");
        }
    }

    private void refuse(String action, String type, Object id, String reason) {
        audit.recordRefusal(CurrentUser.actor(), action, type, id, Map.of("reason", reason));
    }

    private List<Candidacy> standing(long campaignId) {
        return candidacies.findStanding(campaignId).stream()
                .sorted(Comparator.comparing(Candidacy::getReceivedOn).thenComparing(Candidacy::getCreatedAt)
                        .thenComparing(Candidacy::getId))
                .toList();
    }

    /** The candidates of an election: the associations of its register, in order of receipt. */
    private List<Candidacy> candidates(long electionId) {
        Map<Long, Candidacy> distinct = new LinkedHashMap<>();
        voters.findByElection(electionId).forEach(v -> distinct.putIfAbsent(v.getCandidacy().getId(), v.getCandidacy()));
        return distinct.values().stream().sorted(Comparator.comparing(Candidacy::getReceivedOn)
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

    private static List<ElectionVoter.Holder> holders(ElectorateRule rule) {
        return switch (rule) {
            case ONE_PER_ASSOCIATION -> List.of(ElectionVoter.Holder.ASSOCIATION);
            case ONE_PER_REPRESENTATIVE -> List.of(ElectionVoter.Holder.TITULAIRE, ElectionVoter.Holder.SUPPLEANT);
        };
    }

    private static String holderName(Candidacy c, ElectionVoter.Holder holder) {
        return switch (holder) {
            case ASSOCIATION -> c.getFirstName() + " " + c.getLastName();
            case TITULAIRE -> c.getTitulaireName();
            case SUPPLEANT -> c.getSuppleantName();
        };
    }

    private static String holderEmail(Candidacy c, ElectionVoter.Holder holder) {
        String own = switch (holder) {
            case ASSOCIATION -> null;
            case TITULAIRE -> c.getTitulaireEmail();
            case SUPPLEANT -> c.getSuppleantEmail();
        };
        return own != null ? own : c.getEmail();
    }

    /** Mails a code; returns the address, or null when the association gave none (the code is handed out). */
    private String mailCode(AssociationElection e, Candidacy c, ElectionVoter.Holder holder, String code) {
        String to = holderEmail(c, holder);
        if (to == null) {
            return null;
        }
        BundleTexts t = new BundleTexts("election", Locale.forLanguageTag(c.getLocale()));
        String council = e.getCampaign().getCouncil().getName();
        mail.send(to, t.get("election.mail.subject", council), t.get("election.mail.body", holderName(c, holder),
                c.getOrganisation(), council, e.getSeats(), display(code), publicUrl + VOTE_PATH));
        return to;
    }

    private String newCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    /** A code as printed: three groups of four. */
    static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** What the voter typed, without spaces or dashes, in capitals. */
    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    private static String hash(String code) {
        return fr.agora.shared.service.Hashes.sha256Hex(normalise(code));
    }

    private AssociationElection load(long id) {
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

    private static CandidateData candidate(Candidacy c) {
        return new CandidateData(c.getId(), c.getOrganisation(), c.getOrganisationType(),
                c.getTerritory() == null ? null : c.getTerritory().getName(), c.getTitulaireName(), c.getSuppleantName());
    }

    private ElectionData data(AssociationElection e) {
        CandidacyCampaign c = e.getCampaign();
        int count = e.getMethod() == AssociationElection.Method.DIRECT || !e.isOpen() ? e.getResult().size()
                : candidates(e.getId()).size();
        return new ElectionData(e.getId(), c.getId(), c.getTitle(), c.getCouncil().getId(), c.getCouncil().getSlug(),
                c.getCouncil().getName(), e.getMethod(), e.getStatus(), e.getSeats(), e.getTieBreak(), e.getElectorate(),
                count, e.getOpenedAt(), e.getClosedAt(), e.getAppointedAt() != null);
    }
}
