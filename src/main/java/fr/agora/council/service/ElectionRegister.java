package fr.agora.council.service;

import fr.agora.council.domain.AssociationElection;
import fr.agora.council.domain.AssociationElectionRepository;
import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CandidacyRepository;
import fr.agora.council.election.CodeHolder;
import fr.agora.council.election.ElectorateRule;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.MailService;
import fr.agora.voting.BallotOption;
import fr.agora.voting.IssuedCode;
import fr.agora.voting.PaperBatch;
import fr.agora.voting.Refusal;
import fr.agora.voting.RegistryLine;
import fr.agora.voting.Voter;
import fr.agora.voting.VoterCodes;
import fr.agora.voting.VotingException;
import fr.agora.voting.VotingService;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The voter register of the association elections, for staff: the one-time codes (issued at the opening, mailed or
 * handed out, reissued when lost), the turnout (a count), and the paper desk: a code holder who votes on paper is
 * marked in the voting core's registry (so the code no longer votes online, and a code that voted online cannot
 * vote on paper), and the papers are entered later in batches that name nobody.
 */
@Service
public class ElectionRegister {

    private final AssociationElectionRepository elections;
    private final CandidacyRepository candidacies;
    private final VotingService voting;
    private final AuditService audit;
    private final MailService mail;
    private final String publicUrl;

    ElectionRegister(AssociationElectionRepository elections, CandidacyRepository candidacies, VotingService voting,
            AuditService audit, MailService mail, @Value("${agora.public-url}") String publicUrl) {
        this.elections = elections;
        this.candidacies = candidacies;
        this.voting = voting;
        this.audit = audit;
        this.mail = mail;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Registers a code per holder of each standing candidacy and mails it (the opening of an election). */
    List<VoterCode> issue(AssociationElection election, List<Candidacy> standing) {
        List<VoterCode> codes = new ArrayList<>();
        for (Candidacy c : standing) {
            for (CodeHolder holder : holders(election.getElectorate())) {
                IssuedCode code = voting.registerCode(election.getVoteId(), holder.subject(c.getId()));
                codes.add(new VoterCode(code.voterId(), c.getOrganisation(), holder, holderName(c, holder), code.code(),
                        mailCode(election, c, holder, code.code())));
            }
        }
        return codes;
    }

    /** The voter register (who holds a code), for handing out or reissuing codes; never who has voted. */
    @PreAuthorize(ElectionService.STAFF)
    @Transactional(readOnly = true)
    public List<VoterData> register(long electionId) {
        AssociationElection e = load(electionId);
        if (e.getVoteId() == null) {
            return List.of();
        }
        Map<Long, Candidacy> byId = candidacies.findAllById(voting.find(e.getVoteId()).orElseThrow().rules().options()
                .stream().map(BallotOption::id).toList()).stream().collect(Collectors.toMap(Candidacy::getId,
                        Function.identity()));
        Comparator<Candidacy> received = Comparator.comparing(Candidacy::getReceivedOn)
                .thenComparing(Candidacy::getCreatedAt).thenComparing(Candidacy::getId);
        return voting.registry(e.getVoteId()).stream()
                .sorted(Comparator.comparing((RegistryLine l) -> byId.get(CodeHolder.candidacyOf(l.subject())), received)
                        .thenComparing(l -> CodeHolder.holderOf(l.subject())))
                .map(l -> {
                    Candidacy c = byId.get(CodeHolder.candidacyOf(l.subject()));
                    CodeHolder holder = CodeHolder.holderOf(l.subject());
                    return new VoterData(l.voterId(), c.getOrganisation(), holder, holderName(c, holder));
                }).toList();
    }

    /**
     * Issues a new code to a voter who has not voted (lost or never received); the previous code stops working.
     * Mailed again when an address is known.
     */
    @PreAuthorize(ElectionService.STAFF)
    @Transactional
    public VoterCode reissue(String voterId) {
        IssuedCode fresh;
        try {
            fresh = voting.reissueCode(voterId);
        } catch (VotingException ex) {
            refuse("ELECTION_CODE_REISSUE", null, ex.refusal().name());
            throw new BusinessException(switch (ex.refusal()) {
                case ALREADY_VOTED -> "election.error.code-used";
                case CLOSED -> "election.error.closed";
                default -> "election.error.not-found";
            });
        }
        AssociationElection e = elections.findByVote(fresh.voteId())
                .orElseThrow(() -> new BusinessException("election.error.not-found"));
        Candidacy c = candidacies.findById(CodeHolder.candidacyOf(fresh.subject())).orElseThrow();
        CodeHolder holder = CodeHolder.holderOf(fresh.subject());
        String mailed = mailCode(e, c, holder, fresh.code());
        audit.record("ELECTION_CODE_REISSUED", "council_election", e.getId(), Map.of("voter", voterId));
        return new VoterCode(voterId, c.getOrganisation(), holder, holderName(c, holder), fresh.code(), mailed);
    }

    /** How many code holders have voted, online or on paper: a count only. */
    @PreAuthorize(ElectionService.STAFF)
    @Transactional(readOnly = true)
    public Turnout turnout(long electionId) {
        AssociationElection e = load(electionId);
        if (e.getVoteId() == null) {
            return new Turnout(0, 0);
        }
        fr.agora.voting.Turnout t = voting.turnout(e.getVoteId());
        return new Turnout(t.voted(), t.registered());
    }

    /**
     * The paper desk: marks a code holder who hands in a paper ballot. Refused (and audited) when the holder has
     * already voted, online or on paper.
     */
    @PreAuthorize(ElectionService.STAFF)
    @Transactional
    public void markPaper(long electionId, String voterId) {
        AssociationElection e = open(electionId, "ELECTION_PAPER_MARK");
        try {
            voting.markPaper(e.getVoteId(), Voter.line(voterId));
        } catch (VotingException ex) {
            refuse("ELECTION_PAPER_MARK", electionId, ex.refusal().name());
            throw new BusinessException(ex.refusal() == Refusal.ALREADY_VOTED ? "election.error.code-used"
                    : "election.error.not-found");
        }
    }

    /**
     * Enters a batch of paper ballots, all or none: each approves one to {@code seats} candidate associations, and
     * the election never holds more paper ballots than holders marked at the paper desk.
     */
    @PreAuthorize(ElectionService.STAFF)
    @Transactional
    public PaperBatch enterPaperBatch(long electionId, String label, List<Set<Long>> papers) {
        AssociationElection e = open(electionId, "ELECTION_PAPER_BATCH");
        if (label == null || label.isBlank() || label.strip().length() > 60) {
            throw new BusinessException("election.error.batch-label");
        }
        try {
            return voting.enterPaperBatch(e.getVoteId(), label, papers);
        } catch (VotingException ex) {
            refuse("ELECTION_PAPER_BATCH", electionId, ex.refusal().name());
            throw new BusinessException(ex.refusal().messageKey(), ex.getArgs());
        }
    }

    private AssociationElection open(long electionId, String action) {
        AssociationElection e = load(electionId);
        if (!e.isOpen() || e.getVoteId() == null) {
            refuse(action, electionId, "not open");
            throw new BusinessException("election.error.closed");
        }
        return e;
    }

    private AssociationElection load(long id) {
        return elections.findWithCampaign(id).orElseThrow(() -> new BusinessException("election.error.not-found"));
    }

    private void refuse(String action, Object electionId, String reason) {
        audit.recordRefusal(CurrentUser.actor(), action, "council_election", electionId, Map.of("reason", reason));
    }

    private static List<CodeHolder> holders(ElectorateRule rule) {
        return switch (rule) {
            case ONE_PER_ASSOCIATION -> List.of(CodeHolder.ASSOCIATION);
            case ONE_PER_REPRESENTATIVE -> List.of(CodeHolder.TITULAIRE, CodeHolder.SUPPLEANT);
        };
    }

    static String holderName(Candidacy c, CodeHolder holder) {
        return switch (holder) {
            case ASSOCIATION -> c.getFirstName() + " " + c.getLastName();
            case TITULAIRE -> c.getTitulaireName();
            case SUPPLEANT -> c.getSuppleantName();
        };
    }

    private static String holderEmail(Candidacy c, CodeHolder holder) {
        String own = switch (holder) {
            case ASSOCIATION -> null;
            case TITULAIRE -> c.getTitulaireEmail();
            case SUPPLEANT -> c.getSuppleantEmail();
        };
        return own != null ? own : c.getEmail();
    }

    /** Mails a code; returns the address, or null when the association gave none (the code is handed out). */
    private String mailCode(AssociationElection e, Candidacy c, CodeHolder holder, String code) {
        String to = holderEmail(c, holder);
        if (to == null) {
            return null;
        }
        BundleTexts t = new BundleTexts("election", Locale.forLanguageTag(c.getLocale()));
        String council = e.getCampaign().getCouncil().getName();
        String printed = VoterCodes.display(code);
        // the code is a one-time secret: named, so that the outbox keeps the mail with the code masked
        mail.send(to, t.get("election.mail.subject", council), t.get("election.mail.body", holderName(c, holder),
                c.getOrganisation(), council, e.getSeats(), printed, publicUrl + ElectionService.VOTE_PATH), printed, code);
        return to;
    }
}
