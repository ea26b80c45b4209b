package fr.agora.plenary.service;

import fr.agora.council.CouncilDirectory;
import fr.agora.meetings.MinutesApi;
import fr.agora.plenary.domain.PlenaryCommentRepository;
import fr.agora.plenary.domain.CommentStatus;
import fr.agora.plenary.domain.PlenaryContributionRepository;
import fr.agora.plenary.domain.Plenary;
import fr.agora.plenary.domain.PlenaryComment;
import fr.agora.plenary.domain.PlenaryContribution;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountRef;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conseils' written contributions (drafted by a member of the conseil or staff until the deadline, approved by
 * the conseil's members, then published with the agenda) and the residents' comments, shown once moderated.
 */
@Service
public class ContributionService {

    static final String MODERATORS = "hasAnyRole('" + Role.Names.MODERATOR + "','" + Role.Names.STAFF + "','"
            + Role.Names.ADMIN + "')";

    private final PlenaryService plenaries;
    private final PlenaryContributionRepository contributions;
    private final PlenaryCommentRepository comments;
    private final CouncilDirectory councils;
    private final MinutesApi minutes;
    private final AccountDirectory accounts;
    private final AuditService audit;
    private final Dates dates;
    private final Clock clock;

    ContributionService(PlenaryService plenaries, PlenaryContributionRepository contributions, PlenaryCommentRepository comments,
            CouncilDirectory councils, MinutesApi minutes, AccountDirectory accounts, AuditService audit, Dates dates,
            Clock clock) {
        this.plenaries = plenaries;
        this.contributions = contributions;
        this.comments = comments;
        this.councils = councils;
        this.minutes = minutes;
        this.accounts = accounts;
        this.audit = audit;
        this.dates = dates;
        this.clock = clock;
    }

    /** The conseils the signed-in person may write for (a member of it, or every conseil of the plenary for staff). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Plenary.Council> writableCouncils(long plenaryId) {
        Plenary p = plenaries.find(plenaryId);
        return p.councilsByName().stream().filter(c -> mayWrite(c.getCouncilId())).toList();
    }

    private boolean mayWrite(long councilId) {
        if (PlenaryService.isStaff()) {
            return true;
        }
        String email = CurrentUser.email().orElse(null);
        return email != null && councils.activeMembers(councilId).stream().anyMatch(m -> email.equalsIgnoreCase(m.email()));
    }

    /** The draft of a conseil's contribution (empty title and text when none yet), for its writers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ContributionData draft(long plenaryId, long councilId) {
        if (!mayWrite(councilId)) {
            throw new BusinessException("plenary.error.not-member");
        }
        return contributions.findByPlenaryIdAndCouncilId(plenaryId, councilId).map(c -> data(c, List.of()))
                .orElse(new ContributionData(0, councilId, "", "", "", false, null, List.of()));
    }

    /** Writes the conseil's contribution, until the deadline and before its approval. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContributionData write(long plenaryId, long councilId, String title, String body) {
        Plenary p = plenaries.find(plenaryId);
        if (!p.takesPart(councilId) || !mayWrite(councilId)) {
            audit.recordRefusal(CurrentUser.actor(), "PLENARY_CONTRIBUTION", "plenary", plenaryId,
                    Map.of("council", councilId, "reason", "not a member"));
            throw new BusinessException("plenary.error.not-member");
        }
        p.requireBeforeDeadline(clock.instant());
        String name = p.councilsByName().stream().filter(c -> c.getCouncilId() == councilId)
                .map(Plenary.Council::getCouncilName).findFirst().orElseThrow();
        PlenaryContribution c = contributions.findByPlenaryIdAndCouncilId(plenaryId, councilId)
                .orElseGet(() -> new PlenaryContribution(plenaryId, councilId, name, CurrentUser.actor(), clock.instant()));
        c.write(title, body, CurrentUser.actor(), clock.instant());
        c = contributions.save(c);
        audit.record("PLENARY_CONTRIBUTION_WRITTEN", "plenary", plenaryId, Map.of("council", councilId));
        return data(c, List.of());
    }

    /**
     * Records that the conseil's members approved the contribution on {@code day} (before the deadline), with the
     * meeting decision when there is one.
     */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional
    public ContributionData approve(long plenaryId, long councilId, LocalDate day, Long decisionId) {
        Plenary p = plenaries.find(plenaryId);
        p.requireBeforeDeadline(clock.instant());
        PlenaryContribution c = contributions.findByPlenaryIdAndCouncilId(plenaryId, councilId)
                .orElseThrow(() -> new BusinessException("plenary.error.contribution-text"));
        if (decisionId != null && minutes.approvedDecision(decisionId).filter(d -> d.councilId() == councilId).isEmpty()) {
            throw new BusinessException("plenary.error.decision");
        }
        c.approve(day, dates.today(), decisionId, CurrentUser.actor());
        audit.record("PLENARY_CONTRIBUTION_APPROVED", "plenary", plenaryId, Map.of("council", councilId,
                "on", String.valueOf(day)));
        return data(c, List.of());
    }

    /** The approved contributions, published with the agenda, each with its published comments. */
    @Transactional(readOnly = true)
    public List<ContributionData> published(long plenaryId) {
        List<PlenaryContribution> list = contributions.findByPlenaryIdOrderByCouncilNameAsc(plenaryId).stream()
                .filter(PlenaryContribution::isApproved).toList();
        List<PlenaryComment> all = list.isEmpty() ? List.of()
                : comments.findByContributionIdInOrderByCreatedAtAsc(list.stream().map(PlenaryContribution::getId).toList());
        return list.stream().map(c -> data(c, all.stream().filter(x -> x.getContributionId() == c.getId()
                && x.getStatus() == CommentStatus.PUBLISHED).toList())).toList();
    }

    /** Every contribution with its state, for staff. */
    @PreAuthorize(PlenaryService.STAFF)
    @Transactional(readOnly = true)
    public List<ContributionData> all(long plenaryId) {
        return contributions.findByPlenaryIdOrderByCouncilNameAsc(plenaryId).stream().map(c -> data(c, List.of())).toList();
    }

    /** A signed-in resident comments a published contribution; shown once a moderator accepted it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void comment(long contributionId, String text) {
        PlenaryContribution c = contributions.findById(contributionId).filter(PlenaryContribution::isApproved)
                .orElseThrow(() -> new BusinessException("plenary.error.unknown"));
        AccountRef me = accounts.current().orElseThrow(() -> new BusinessException("plenary.error.unknown"));
        PlenaryComment saved = comments.save(new PlenaryComment(c.getId(), me.email(), me.displayName(), text, clock.instant()));
        audit.record("PLENARY_COMMENT", "plenary_comment", saved.getId(), Map.of("contribution", contributionId));
    }

    /** The comments awaiting moderation. */
    @PreAuthorize(MODERATORS)
    @Transactional(readOnly = true)
    public List<ContributionData.CommentData> pendingComments() {
        return comments.findByStatusOrderByCreatedAtAsc(CommentStatus.PENDING).stream().map(ContributionService::comment).toList();
    }

    @PreAuthorize(MODERATORS)
    @Transactional
    public void moderate(long commentId, boolean publish) {
        PlenaryComment c = comments.findById(commentId).orElseThrow(() -> new BusinessException("plenary.error.unknown"));
        c.moderate(publish, CurrentUser.actor(), clock.instant());
        audit.record(publish ? "PLENARY_COMMENT_PUBLISHED" : "PLENARY_COMMENT_REJECTED", "plenary_comment", commentId, Map.of());
    }

    /** How many comments wait for moderation (dashboard). */
    @PreAuthorize(MODERATORS)
    @Transactional(readOnly = true)
    public long pendingCount() {
        return comments.countByStatus(CommentStatus.PENDING);
    }

    private static ContributionData data(PlenaryContribution c, List<PlenaryComment> shown) {
        return new ContributionData(c.getId(), c.getCouncilId(), c.getCouncilName(), c.getTitle(), c.getBody(),
                c.isApproved(), c.getApprovedOn(), shown.stream().map(ContributionService::comment).toList());
    }

    private static ContributionData.CommentData comment(PlenaryComment c) {
        return new ContributionData.CommentData(c.getId(), c.getAuthorName(), c.getBody(), c.getStatus().name());
    }
}
