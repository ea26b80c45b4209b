package fr.agora.budget.service;

import fr.agora.budget.domain.Category;
import fr.agora.budget.domain.CategoryRepository;
import fr.agora.budget.domain.Channel;
import fr.agora.budget.domain.ClassAccount;
import fr.agora.budget.domain.ClassAccountRepository;
import fr.agora.budget.domain.Edition;
import fr.agora.budget.domain.Envelope;
import fr.agora.budget.domain.HolderKind;
import fr.agora.budget.domain.Proposal;
import fr.agora.budget.domain.ProposalPhoto;
import fr.agora.budget.domain.ProposalPhotoRepository;
import fr.agora.budget.domain.ProposalRepository;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.security.RateLimiter;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.PhotoSanitiser;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holders' side of proposals: a draft kept as they type, the deposit, edits until the deposit deadline, photos,
 * and the assisted entry by staff and partners for residents who come in person. The location must be inside the
 * city; the territory comes from the point where outlines exist, else from the holder's choice; the cost must fit
 * the envelope (the Classes citoyennes one for a class).
 */
@Service
public class ProposalService {

    private final ProposalRepository proposals;
    private final ProposalPhotoRepository photos;
    private final CategoryRepository categories;
    private final ClassAccountRepository classes;
    private final AccountDirectory users;
    private final EditionService editions;
    private final TerritoryLocator locator;
    private final ProposalPhotoStore store;
    private final PhotoSanitiser sanitiser;
    private final BudgetSettings settings;
    private final BudgetAccess access;
    private final AuditService audit;
    private final Clock clock;
    private final RateLimiter limiter;

    ProposalService(ProposalRepository proposals, ProposalPhotoRepository photos, CategoryRepository categories,
            ClassAccountRepository classes, AccountDirectory users, EditionService editions,
            TerritoryLocator locator, ProposalPhotoStore store, BudgetSettings settings, BudgetAccess access,
            AuditService audit, Clock clock, RateLimiter limiter) {
        this.limiter = limiter;
        this.proposals = proposals;
        this.photos = photos;
        this.categories = categories;
        this.classes = classes;
        this.users = users;
        this.editions = editions;
        this.locator = locator;
        this.store = store;
        this.sanitiser = new PhotoSanitiser("budget.photo", settings.maxMegapixels(), settings.maxEdge(), 0.85f);
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a draft for the signed-in resident (or their association, collective or class), within the proposal
     * rate limits (per client and per account).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long createDraft(long editionId, HolderInput holder) {
        String me = access.email();
        limiter.check(RateLimiter.Action.PROPOSAL, me);
        Edition edition = editions.load(editionId);
        requireDepositOpen(edition, null);
        Set<String> holders = new LinkedHashSet<>();
        holders.add(me);
        String name = holder.name();
        if (holder.kind() == HolderKind.CLASS) {
            ClassAccount c = holder.classAccountId() == null ? null : classes.findById(holder.classAccountId()).orElse(null);
            if (c == null || !c.getTeacherEmail().equals(me)) {
                throw access.refuse("BUDGET_PROPOSAL_REFUSED", null, "budget.proposal.class-not-yours");
            }
            if (edition.classesEnvelope().isEmpty()) {
                throw new BusinessException("budget.proposal.no-classes-envelope");
            }
            name = null;
        }
        if (holder.kind() == HolderKind.COLLECTIVE && holder.coHolders() != null) {
            for (String co : holder.coHolders()) {
                String e = EditionService.requireEmail(co);
                if (!users.hasAccount(e)) {
                    throw new BusinessException("budget.proposal.co-holder-unknown", e);
                }
                holders.add(e);
            }
        }
        Proposal p = new Proposal(edition, holder.kind(), name, holder.kind() == HolderKind.CLASS ? holder.classAccountId() : null,
                Channel.ONLINE, null, null, null, holders, me, clock.instant());
        proposals.save(p);
        audit.record("BUDGET_DRAFT_CREATED", "budget_proposal", p.getId(), Map.of("holderKind", holder.kind().name()));
        return p.getId();
    }

    /**
     * Saves what the holder typed. A draft may be incomplete; a deposited proposal is checked whole. Refused to a
     * non-holder and after the deposit deadline.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void save(long id, ProposalForm form) {
        Proposal p = load(id);
        requireHolder(p);
        requireDepositOpen(p.getEdition(), id);
        write(p, form, p.getStatus() == ProposalStatus.DRAFT);
        if (p.getStatus() != ProposalStatus.DRAFT) {
            audit.record("BUDGET_PROPOSAL_EDITED", "budget_proposal", id, Map.of("title", p.getTitle()));
        }
    }

    /** Saves and deposits a draft. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void submit(long id, ProposalForm form) {
        Proposal p = load(id);
        requireHolder(p);
        requireDepositOpen(p.getEdition(), id);
        write(p, form, false);
        try {
            p.submit(clock.instant());
        } catch (BusinessException e) {
            throw access.refuse("BUDGET_PROPOSAL_REFUSED", id, e);
        }
        audit.record("BUDGET_PROPOSAL_DEPOSITED", "budget_proposal", id, details(p));
    }

    /**
     * Staff or a partner enter a proposal brought in person or on paper, and deposit it. The channel and who entered
     * it are recorded; a resident with an account becomes its holder.
     */
    @PreAuthorize(BudgetAccess.ENTERERS)
    @Transactional
    public long enterAssisted(long editionId, HolderKind kind, AssistedEntry entry, ProposalForm form) {
        Edition edition = editions.load(editionId);
        requireDepositOpen(edition, null);
        if (entry == null || entry.channel() == null || entry.channel() == Channel.ONLINE) {
            throw new BusinessException("budget.assisted.channel");
        }
        if (kind == HolderKind.CLASS) {
            throw new BusinessException("budget.proposal.class-only");
        }
        Set<String> holders = new LinkedHashSet<>();
        if (entry.residentEmail() != null && !entry.residentEmail().isBlank()) {
            String e = EditionService.requireEmail(entry.residentEmail());
            if (users.hasAccount(e)) {
                holders.add(e);
            }
        }
        String me = access.email();
        Proposal p = new Proposal(edition, kind, entry.residentName(), null, entry.channel(), me, entry.place(),
                entry.residentEmail(), holders, me, clock.instant());
        proposals.save(p);
        write(p, form, false);
        p.submit(clock.instant());
        Map<String, Object> d = details(p);
        d.put("channel", entry.channel().name());
        d.put("place", String.valueOf(entry.place()));
        d.put("enteredBy", me);
        audit.record("BUDGET_PROPOSAL_ENTERED", "budget_proposal", p.getId(), d);
        return p.getId();
    }

    /** What a holder's form shows of their proposal, to go on editing it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProposalForm form(long id) {
        Proposal p = load(id);
        requireHolder(p);
        return new ProposalForm(p.getTitle(), p.getDescription(), p.getCategoryId(), p.location(), p.getTerritoryId(),
                p.getEstimatedEuros(), p.isInvestmentDeclared());
    }

    /** Adds a photo (at most three), re-encoded without any metadata; anything but a real photo is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PhotoData addPhoto(long id, byte[] data) {
        Proposal p = load(id);
        requireHolderOrEnterer(p);
        if (p.getStatus() != ProposalStatus.DRAFT && p.getStatus() != ProposalStatus.SUBMITTED) {
            throw new BusinessException("budget.proposal.not-editable");
        }
        if (data == null || data.length == 0) {
            throw access.refuse("BUDGET_PHOTO_REFUSED", id, "budget.photo.not-image");
        }
        if (data.length > settings.photoMaxSize().toBytes()) {
            throw access.refuse("BUDGET_PHOTO_REFUSED", id, "budget.photo.too-big", settings.photoMaxSize().toMegabytes());
        }
        if (photos.countByProposalId(id) >= ProposalPhoto.MAX_PER_PROPOSAL) {
            throw new BusinessException("budget.photo.too-many", ProposalPhoto.MAX_PER_PROPOSAL);
        }
        PhotoSanitiser.Result clean;
        try {
            clean = sanitiser.sanitise(data);
        } catch (BusinessException e) {
            throw access.refuse("BUDGET_PHOTO_REFUSED", id, e);
        }
        String name = store.write(id, clean.bytes(), clean.extension());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        store.delete(name);
                    }
                }
            });
        }
        ProposalPhoto photo = photos.save(new ProposalPhoto(id, name, clean.mediaType(), clean.width(), clean.height(),
                clean.bytes().length, clock.instant()));
        audit.record("BUDGET_PHOTO_ADDED", "budget_proposal", id, Map.of("photo", photo.getId(),
                "original", clean.original().name(), "bytes", data.length));
        return new PhotoData(photo.getId(), id, photo.getWidth(), photo.getHeight());
    }

    private void write(Proposal p, ProposalForm f, boolean draft) {
        Edition edition = p.getEdition();
        if (f.getLocation() != null && !settings.inside(f.getLocation())) {
            throw access.refuse("BUDGET_PROPOSAL_REFUSED", p.getId(), "budget.proposal.location-outside");
        }
        if (f.getCategoryId() != null) {
            Category c = categories.findById(f.getCategoryId()).filter(Category::isActive)
                    .orElseThrow(() -> new BusinessException("budget.proposal.category-required"));
            f.setCategoryId(c.getId());
        }
        Long located = locator.locate(f.getLocation()).map(t -> t.id()).orElse(f.getTerritoryId());
        Long territory = located != null && locator.choices().stream().anyMatch(t -> t.id() == located.longValue())
                ? located : null;
        String envelope;
        if (p.getHolderKind() == HolderKind.CLASS) {
            envelope = edition.classesEnvelope().map(Envelope::getCode).orElse(null);
        } else {
            envelope = edition.territoryEnvelope(territory).map(Envelope::getCode).orElse(null);
        }
        try {
            p.write(f.getTitle(), f.getDescription(), f.getCategoryId(), f.getLocation(), territory, f.getEstimatedEuros(),
                    f.isInvestment(), envelope, clock.instant());
        } catch (BusinessException e) {
            throw access.refuse("BUDGET_PROPOSAL_REFUSED", p.getId(), e);
        }
    }

    private void requireDepositOpen(Edition edition, Long proposalId) {
        if (!edition.proposalsOpenOn(access.today())) {
            throw access.refuse("BUDGET_PROPOSAL_REFUSED", proposalId, "budget.proposal.deposit-closed");
        }
    }

    private void requireHolder(Proposal p) {
        if (!p.isHolder(access.email())) {
            throw access.refuse("BUDGET_PROPOSAL_REFUSED", p.getId(), "budget.proposal.not-holder");
        }
    }

    private void requireHolderOrEnterer(Proposal p) {
        String me = access.email();
        if (!p.isHolder(me) && !me.equals(p.getEnteredBy())) {
            throw access.refuse("BUDGET_PHOTO_REFUSED", p.getId(), "budget.proposal.not-holder");
        }
    }

    Proposal load(long id) {
        return proposals.findWithEdition(id).orElseThrow(() -> new BusinessException("budget.proposal.unknown"));
    }

    static Map<String, Object> details(Proposal p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("title", p.getTitle());
        d.put("status", p.getStatus().name());
        d.put("cost", String.valueOf(p.cost()));
        d.put("envelope", String.valueOf(p.getEnvelopeCode()));
        return d;
    }
}
