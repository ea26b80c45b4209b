package fr.agora.budget.service;

import fr.agora.budget.domain.Edition;
import fr.agora.budget.domain.Flag;
import fr.agora.budget.domain.FlagRepository;
import fr.agora.budget.domain.Proposal;
import fr.agora.budget.domain.ProposalPhoto;
import fr.agora.budget.domain.ProposalPhotoRepository;
import fr.agora.budget.domain.ProposalRepository;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.budget.domain.CategoryRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.shared.service.TerritoryData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What residents read and the light acts anyone signed in may do: the public list and map with filters, a
 * proposal's page with photos, costs, reasons and history, one's own proposals, following a proposal and flagging
 * it to the moderators. Drafts are seen only by their holders; hidden proposals by their holders and moderators.
 */
@Service
public class ProposalQueries {

    private final ProposalRepository proposals;
    private final ProposalPhotoRepository photos;
    private final FlagRepository flags;
    private final CategoryRepository categories;
    private final ProposalMapper mapper;
    private final ProposalPhotoStore store;
    private final TerritoryLocator locator;
    private final BudgetAccess access;
    private final AuditService audit;
    private final Clock clock;

    ProposalQueries(ProposalRepository proposals, ProposalPhotoRepository photos, FlagRepository flags,
            CategoryRepository categories, ProposalMapper mapper, ProposalPhotoStore store, TerritoryLocator locator,
            BudgetAccess access, AuditService audit, Clock clock) {
        this.proposals = proposals;
        this.photos = photos;
        this.flags = flags;
        this.categories = categories;
        this.mapper = mapper;
        this.store = store;
        this.locator = locator;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active categories, in their order. */
    @Transactional(readOnly = true)
    public List<CategoryData> categories() {
        return categories.findAllByOrderBySortOrderAscIdAsc().stream().filter(c -> c.isActive()).map(CategoryData::of).toList();
    }

    /** The territories a proposal may be placed in, when the map cannot tell. */
    @Transactional(readOnly = true)
    public List<TerritoryData> territories() {
        return locator.choices();
    }

    /** The public proposals of an edition, filtered (each filter may be {@code null}). */
    @Transactional(readOnly = true)
    public List<ProposalSummary> list(long editionId, Long territoryId, Long categoryId, ProposalStatus status,
            Locale locale) {
        List<Proposal> list = proposals.findPublic(editionId).stream()
                .filter(p -> territoryId == null || territoryId.equals(p.getTerritoryId()))
                .filter(p -> categoryId == null || categoryId.equals(p.getCategoryId()))
                .filter(p -> status == null || status == p.getStatus())
                .toList();
        return mapper.summaries(list, locale, access.today());
    }

    /** A proposal's page; a draft or a hidden proposal only for its holders (and moderators for hidden ones). */
    @Transactional(readOnly = true)
    public ProposalDetail detail(long id, Locale locale) {
        Proposal p = proposals.findWithEdition(id).orElseThrow(() -> new BusinessException("budget.proposal.unknown"));
        Optional<String> me = CurrentUser.email().map(e -> e.toLowerCase(Locale.ROOT));
        boolean holder = me.map(p::isHolder).orElse(false);
        requireVisible(p, holder);
        LocalDate today = access.today();
        Edition e = p.getEdition();
        boolean staffSide = holder || access.moderator();
        Proposal merged = p.getMergedInto();
        return new ProposalDetail(mapper.summary(p, mapper.names(), locale, today), e.getId(), e.getTitle(),
                p.getDescription(), p.getHolderKind(), p.getChannel(), p.getEstimatedEuros(), p.getServiceEuros(),
                p.getReviewReasons(), p.getReviewScope(), p.getCommissionReason(),
                merged == null ? null : merged.getId(), merged == null ? null : merged.getTitle(), p.location(),
                photos.findByProposalIdOrderByIdAsc(id).stream()
                        .map(ph -> new PhotoData(ph.getId(), id, ph.getWidth(), ph.getHeight())).toList(),
                p.getEvents().stream().filter(ev -> ev.isPublicNote() || staffSide).map(HistoryLine::of).toList(),
                staffSide ? p.getHiddenReason() : null, staffSide ? p.getChangesRequested() : null, holder,
                holder && e.proposalsOpenOn(today) && (p.getStatus() == ProposalStatus.DRAFT
                        || p.getStatus() == ProposalStatus.SUBMITTED),
                me.map(m -> p.getFollowers().contains(m)).orElse(false),
                me.isPresent() && e.followingOpenOn(today) && p.isPublic(),
                me.isPresent() && !holder && e.flagsOpenOn(today) && p.isPublic(), me.isPresent());
    }

    /** The signed-in resident's proposals, drafts included. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProposalSummary> mine(Locale locale) {
        return mapper.summaries(proposals.findByHolder(access.email()), locale, access.today());
    }

    /** A photo, to whoever may see its proposal. */
    @Transactional(readOnly = true)
    public PhotoContent photo(long photoId) {
        ProposalPhoto ph = photos.findById(photoId).orElseThrow(() -> new BusinessException("budget.photo.unknown"));
        Proposal p = proposals.findById(ph.getProposalId()).orElseThrow(() -> new BusinessException("budget.photo.unknown"));
        requireVisible(p, CurrentUser.email().map(p::isHolder).orElse(false));
        return new PhotoContent(store.read(ph.getFileName()), ph.getMediaType(), "photo-" + photoId
                + (ph.getMediaType().endsWith("png") ? ".png" : ".jpg"));
    }

    /** Follows a proposal: its status changes are mailed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(long id, boolean follow) {
        Proposal p = proposals.findWithEdition(id).orElseThrow(() -> new BusinessException("budget.proposal.unknown"));
        String me = access.email();
        if (follow) {
            if (!p.isPublic() || !p.getEdition().followingOpenOn(access.today())) {
                throw new BusinessException("budget.follow.closed");
            }
            if (p.follow(me)) {
                audit.record("BUDGET_PROPOSAL_FOLLOWED", "budget_proposal", id, Map.of());
            }
        } else if (p.unfollow(me)) {
            audit.record("BUDGET_PROPOSAL_UNFOLLOWED", "budget_proposal", id, Map.of());
        }
    }

    /** Flags a proposal to the moderators, with a reason; once per resident and proposal. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void flag(long id, String reason) {
        Proposal p = proposals.findWithEdition(id).orElseThrow(() -> new BusinessException("budget.proposal.unknown"));
        String me = access.email();
        if (!p.isPublic() || !p.getEdition().flagsOpenOn(access.today())) {
            throw new BusinessException("budget.flag.closed");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("budget.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw new BusinessException("budget.reason.too-long", 500);
        }
        if (flags.existsByProposalIdAndEmail(id, me)) {
            throw new BusinessException("budget.flag.already");
        }
        Flag f = flags.save(new Flag(id, me, reason.strip(), clock.instant()));
        audit.record("BUDGET_PROPOSAL_FLAGGED", "budget_proposal", id, Map.of("flag", f.getId()));
    }

    private void requireVisible(Proposal p, boolean holder) {
        if (p.getStatus() == ProposalStatus.DRAFT && !holder) {
            throw new BusinessException("budget.proposal.unknown");
        }
        if (p.isHidden() && !holder && !access.moderator()) {
            throw new BusinessException("budget.proposal.unknown");
        }
    }
}
