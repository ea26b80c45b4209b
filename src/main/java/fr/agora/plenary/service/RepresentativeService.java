package fr.agora.plenary.service;

import fr.agora.council.CouncilDirectory;
import fr.agora.meetings.MinutesApi;
import fr.agora.plenary.domain.Basis;
import fr.agora.plenary.domain.Designation;
import fr.agora.plenary.domain.PlenaryDesignationRepository;
import fr.agora.plenary.domain.Plenary;
import fr.agora.plenary.domain.Representation;
import fr.agora.plenary.domain.Representative;
import fr.agora.plenary.domain.PlenaryRepresentativeRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountRef;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.voting.BallotOption;
import fr.agora.voting.BallotRules;
import fr.agora.voting.Disclosure;
import fr.agora.voting.Secrecy;
import fr.agora.voting.Tally;
import fr.agora.voting.VoteSpec;
import fr.agora.voting.Voter;
import fr.agora.voting.VotingException;
import fr.agora.voting.VotingService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The representatives each conseil designates for the year: three per collège and one to the comité opérationnel de
 * suivi, by a decision recorded in approved minutes (meetings' {@link MinutesApi}) or by a vote among the conseil's
 * members through the voting core. Members and their seats come from the council's {@link CouncilDirectory}.
 */
@Service
public class RepresentativeService {

    static final String OWNER = "plenary_designation";

    private final PlenaryService plenaries;
    private final PlenaryRepresentativeRepository representatives;
    private final PlenaryDesignationRepository designations;
    private final CouncilDirectory councils;
    private final MinutesApi minutes;
    private final VotingService voting;
    private final AccountDirectory accounts;
    private final AuditService audit;
    private final Clock clock;

    RepresentativeService(PlenaryService plenaries, PlenaryRepresentativeRepository representatives,
            PlenaryDesignationRepository designations, CouncilDirectory councils, MinutesApi minutes, VotingService voting,
            AccountDirectory accounts, AuditService audit, Clock clock) {
        this.plenaries = plenaries;
        this.representatives = representatives;
        this.designations = designations;
        this.councils = councils;
        this.minutes = minutes;
        this.voting = voting;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The decisions in approved minutes of a conseil, to designate or approve by. */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional(readOnly = true)
    public List<MinutesApi.ApprovedDecision> decisions(long councilId) {
        return minutes.approvedDecisions(councilId);
    }

    /** The titulaires who may be designated in a collège (any collège for the comité opérationnel). */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional(readOnly = true)
    public List<DesignationData.Candidate> candidates(long councilId, Representation college) {
        return eligible(councilId, college).stream().map(m -> new DesignationData.Candidate(m.id(), m.fullName())).toList();
    }

    /**
     * Designates members as representatives by a decision recorded in approved minutes of the conseil's meetings.
     *
     * @throws BusinessException when the list is final, the decision is not in approved minutes of this conseil or
     *                           was not adopted, a member is not a titulaire of the collège, or the collège would
     *                           have more than its seats
     */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public List<RepresentativeData> designateByMinutes(long plenaryId, long councilId, Representation college,
            List<Long> memberIds, long decisionId) {
        Plenary p = plenaries.find(plenaryId);
        check(p, councilId);
        MinutesApi.ApprovedDecision d = minutes.approvedDecision(decisionId)
                .filter(x -> x.councilId() == councilId && x.adopted()).orElseThrow(() -> {
                    audit.recordRefusal(CurrentUser.actor(), "PLENARY_DESIGNATION", "plenary", plenaryId,
                            Map.of("decision", decisionId, "reason", "not in approved minutes"));
                    return new BusinessException("plenary.error.decision");
                });
        add(p, councilId, college, memberIds, Basis.MINUTES, d.decisionId());
        audit.record("PLENARY_DESIGNATION", "plenary", plenaryId, Map.of("council", councilId, "college", college.name(),
                "members", memberIds.size(), "basis", "MINUTES", "decision", decisionId));
        return plenaries.invitations(p).representatives().stream().filter(r -> r.councilId() == councilId).toList();
    }

    private void check(Plenary p, long councilId) {
        if (!p.takesPart(councilId)) {
            throw new BusinessException("plenary.error.unknown-council");
        }
        p.requireDesignationsOpen();
    }

    private void add(Plenary p, long councilId, Representation college, List<Long> memberIds, Basis basis, long ref) {
        if (memberIds == null || memberIds.isEmpty() || new HashSet<>(memberIds).size() != memberIds.size()) {
            throw new BusinessException("plenary.error.members-required");
        }
        List<Representative> existing = representatives.findByPlenaryIdAndCouncilIdAndCollege(p.getId(), councilId, college);
        if (existing.size() + memberIds.size() > college.seats()) {
            throw new BusinessException("plenary.error.too-many-representatives", college.seats(), existing.size());
        }
        List<CouncilDirectory.Member> all = councils.activeMembers(councilId);
        List<CouncilDirectory.Member> eligible = eligible(all, college);
        for (long id : memberIds) {
            CouncilDirectory.Member m = eligible.stream().filter(x -> x.id() == id).findFirst()
                    .orElseThrow(() -> new BusinessException("plenary.error.not-eligible-member"));
            if (existing.stream().anyMatch(r -> r.getMemberId() == id)) {
                throw new BusinessException("plenary.error.already-representative", m.fullName());
            }
            Optional<CouncilDirectory.Member> sup = all.stream().filter(x -> !x.titulaire()
                    && x.college().equals(m.college()) && x.seatNo() == m.seatNo()).findFirst();
            representatives.save(new Representative(p.getId(), councilId, college, m.id(), m.fullName(), m.email(),
                    sup.map(CouncilDirectory.Member::fullName).orElse(null),
                    sup.map(CouncilDirectory.Member::email).orElse(null), basis, ref, CurrentUser.actor(), clock.instant()));
        }
    }

    private List<CouncilDirectory.Member> eligible(long councilId, Representation college) {
        return eligible(councils.activeMembers(councilId), college);
    }

    private static List<CouncilDirectory.Member> eligible(List<CouncilDirectory.Member> all, Representation college) {
        return all.stream().filter(CouncilDirectory.Member::titulaire)
                .filter(m -> college == Representation.COMOP || m.college().equals(college.name())).toList();
    }

    /** Withdraws a designation (before the invitation list is final). */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public void remove(long representativeId) {
        Representative r = representatives.findById(representativeId)
                .orElseThrow(() -> new BusinessException("plenary.error.unknown"));
        plenaries.find(r.getPlenaryId()).requireDesignationsOpen();
        representatives.delete(r);
        audit.record("PLENARY_DESIGNATION_WITHDRAWN", "plenary", r.getPlenaryId(),
                Map.of("representative", representativeId, "council", r.getCouncilId()));
    }

    // ---- designation by a vote of the members ----------------------------------------------------------------------

    /**
     * Opens a vote among the conseil's titulaires to designate the seats still free in a collège: an APPROVAL vote of
     * the voting core (each member approves up to that many candidates), secret or open.
     */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public DesignationData openDesignation(long plenaryId, long councilId, Representation college, Secrecy secrecy) {
        Plenary p = plenaries.find(plenaryId);
        check(p, councilId);
        if (!designations.findByPlenaryIdAndCouncilIdAndCollegeAndStatus(plenaryId, councilId, college, "OPEN").isEmpty()) {
            throw new BusinessException("plenary.error.designation-open");
        }
        int free = college.seats() - representatives.findByPlenaryIdAndCouncilIdAndCollege(plenaryId, councilId, college).size();
        List<CouncilDirectory.Member> all = councils.activeMembers(councilId);
        List<CouncilDirectory.Member> candidates = eligible(all, college);
        if (free <= 0 || candidates.isEmpty()) {
            throw new BusinessException("plenary.error.no-seat-to-designate");
        }
        long vote = voting.open(new VoteSpec(OWNER, BallotRules.approval(candidates.stream()
                .map(m -> new BallotOption(m.id(), null)).toList(), Math.min(free, candidates.size())),
                secrecy == null ? Secrecy.SECRET : secrecy, Disclosure.SEALED, false));
        int registered = 0;
        for (CouncilDirectory.Member m : all) {
            if (!m.titulaire() || m.email() == null) {
                continue;
            }
            Optional<AccountRef> a = accounts.byEmail(m.email());
            if (a.isPresent()) {
                voting.registerAccount(vote, a.get().id(), "member:" + m.id());
                registered++;
            }
        }
        Designation d = designations.save(new Designation(plenaryId, councilId, college, free, vote, CurrentUser.actor(),
                clock.instant()));
        audit.record("PLENARY_DESIGNATION_VOTE_OPENED", "plenary", plenaryId, Map.of("designation", d.getId(),
                "council", councilId, "college", college.name(), "voters", registered));
        return data(d, p);
    }

    /** The plenary's designation votes; {@code voted} says whether the signed-in person has voted. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DesignationData> designations(long plenaryId) {
        Plenary p = plenaries.find(plenaryId);
        return designations.findByPlenaryIdOrderByIdDesc(plenaryId).stream().map(d -> data(d, p)).toList();
    }

    /** A member of the conseil votes for up to the seats' number of candidates. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void castDesignation(long designationId, Set<Long> memberIds) {
        Designation d = designations.findById(designationId)
                .orElseThrow(() -> new BusinessException("plenary.error.unknown"));
        if (!d.isOpen()) {
            throw new BusinessException("plenary.error.designation-closed");
        }
        AccountRef me = accounts.current().orElseThrow(() -> new BusinessException("plenary.error.not-member"));
        try {
            voting.cast(d.getVoteId(), Voter.account(me.id()), memberIds == null ? Set.of() : memberIds);
        } catch (VotingException e) {
            audit.recordRefusal(CurrentUser.actor(), "PLENARY_DESIGNATION_VOTE", "plenary_designation", designationId,
                    Map.of("refusal", e.refusal().name()));
            throw e;
        }
    }

    /**
     * Closes a designation vote: the candidates with the most approvals take the free seats; when the last seat is
     * tied, the tied candidates are left for a decision in minutes (the result note says so).
     */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public DesignationData closeDesignation(long designationId) {
        Designation d = designations.findById(designationId)
                .orElseThrow(() -> new BusinessException("plenary.error.unknown"));
        Plenary p = plenaries.find(d.getPlenaryId());
        Tally t = voting.close(d.getVoteId());
        List<Long> ranked = new ArrayList<>(t.counts().keySet().stream().filter(id -> t.votes(id) > 0)
                .sorted(Comparator.comparingLong((Long id) -> -t.votes(id)).thenComparing(id -> id)).toList());
        List<Long> chosen = new ArrayList<>();
        String note;
        int seats = Math.min(d.getSeats(), d.getCollege().seats()
                - representatives.findByPlenaryIdAndCouncilIdAndCollege(p.getId(), d.getCouncilId(), d.getCollege()).size());
        if (ranked.size() <= seats) {
            chosen.addAll(ranked);
            note = chosen.size() + " désigné(s) sur " + seats;
        } else {
            long last = t.votes(ranked.get(seats - 1));
            ranked.stream().filter(id -> t.votes(id) > last).forEach(chosen::add);
            if (t.votes(ranked.get(seats)) < last) {
                ranked.stream().filter(id -> t.votes(id) == last).forEach(chosen::add);
                note = chosen.size() + " désigné(s) sur " + seats;
            } else {
                note = chosen.size() + " désigné(s) sur " + seats + " ; égalité à " + last + " voix pour le dernier siège";
            }
        }
        if (!chosen.isEmpty() && !p.invitationsFinal()) {
            add(p, d.getCouncilId(), d.getCollege(), chosen, Basis.VOTE, d.getId());
        }
        d.close(note, clock.instant());
        audit.record("PLENARY_DESIGNATION_VOTE_CLOSED", "plenary", p.getId(), Map.of("designation", designationId,
                "ballots", t.ballots(), "designated", chosen.size()));
        return data(d, p);
    }

    private DesignationData data(Designation d, Plenary p) {
        String name = p.councilsByName().stream().filter(c -> c.getCouncilId() == d.getCouncilId())
                .map(Plenary.Council::getCouncilName).findFirst().orElse("?");
        List<DesignationData.Candidate> candidates = voting.find(d.getVoteId()).map(v -> v.rules().options()).orElse(List.of())
                .stream().map(o -> new DesignationData.Candidate(o.id(), memberName(d.getCouncilId(), o.id()))).toList();
        Optional<fr.agora.voting.VoterStatus> me = accounts.current().flatMap(a -> voting.lookUp(d.getVoteId(), a.id()));
        return new DesignationData(d.getId(), d.getCouncilId(), name, d.getCollege(), d.getSeats(), d.isOpen(), candidates,
                d.getResultNote(), me.isPresent(), me.map(fr.agora.voting.VoterStatus::voted).orElse(false));
    }

    private String memberName(long councilId, long memberId) {
        return councils.activeMembers(councilId).stream().filter(m -> m.id() == memberId)
                .map(CouncilDirectory.Member::fullName).findFirst().orElse("#" + memberId);
    }
}
