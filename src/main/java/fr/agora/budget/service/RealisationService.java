package fr.agora.budget.service;

import fr.agora.budget.domain.Edition;
import fr.agora.budget.domain.EditionRepository;
import fr.agora.budget.domain.Phase;
import fr.agora.budget.domain.PhaseSchedule;
import fr.agora.budget.domain.Proposal;
import fr.agora.budget.domain.ProposalRepository;
import fr.agora.budget.domain.Realisation;
import fr.agora.budget.domain.RealisationPhoto;
import fr.agora.budget.domain.RealisationPhotoRepository;
import fr.agora.budget.domain.RealisationRepository;
import fr.agora.budget.domain.RealisationStatus;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.MailService;
import fr.agora.shared.service.PhotoSanitiser;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The carrying-out of the winners: staff move each through en étude → en travaux → réalisé (completion date) or
 * abandonné (public reason), add photos (through the shared sanitiser: no metadata) and the holders' part; holders
 * and followers are mailed at each change. The public map reads {@link #winners}.
 */
@Service
public class RealisationService {

    /** A winner not finished six months after its last change, or after the edition's réalisation phase, is late. */
    static final Duration STALE = Duration.ofDays(183);
    private static final int MAX_BYTES = 15 * 1024 * 1024;

    private final RealisationRepository realisations;
    private final RealisationPhotoRepository photos;
    private final ProposalRepository proposals;
    private final EditionRepository editions;
    private final MailService mail;
    private final BudgetAccess access;
    private final AuditService audit;
    private final Clock clock;
    private final String publicUrl;
    private final fr.agora.shared.service.TerritoryService territories;
    private final PhotoSanitiser sanitiser = new PhotoSanitiser("budget.photo", 40, 2048, 0.85f);

    RealisationService(RealisationRepository realisations, RealisationPhotoRepository photos,
            ProposalRepository proposals, EditionRepository editions, MailService mail, BudgetAccess access,
            AuditService audit, Clock clock, @Value("${agora.public-url}") String publicUrl,
            fr.agora.shared.service.TerritoryService territories) {
        this.territories = territories;
        this.realisations = realisations;
        this.photos = photos;
        this.proposals = proposals;
        this.editions = editions;
        this.mail = mail;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Every winner being carried out (of one edition, or of all when {@code editionId} is null), newest first. */
    @Transactional(readOnly = true)
    public List<VoteData.Winner> winners(Long editionId) {
        List<Realisation> list = editionId == null ? realisations.findAllByOrderByEditionIdDesc()
                : realisations.findByEditionId(editionId);
        Map<Long, Integer> years = new HashMap<>();
        List<VoteData.Winner> out = new ArrayList<>();
        for (Realisation r : list) {
            Proposal p = proposals.findById(r.getProposalId()).orElse(null);
            if (p == null) {
                continue;
            }
            int year = years.computeIfAbsent(r.getEditionId(), id -> editions.findById(id).map(Edition::getYear).orElse(0));
            out.add(new VoteData.Winner(p.getId(), r.getEditionId(), year, p.getTitle(), p.cost() == null ? 0 : p.cost(),
                    p.location(), r.getStatus(), r.getWorksStart(), r.getCompletedOn(), r.getAbandonReason(),
                    r.getHoldersPart(), photos.idsOf(p.getId()), r.getUpdatedAt(), p.getTerritoryId() == null ? null
                    : territories.territory(p.getTerritoryId()).map(fr.agora.shared.domain.Territory::getCode).orElse(null)));
        }
        return out;
    }

    /** Moves a winner to its next status; holders and followers are mailed. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public VoteData.Winner move(long proposalId, RealisationStatus next, LocalDate date, String reason) {
        Realisation r = load(proposalId);
        try {
            r.move(next, date, reason, access.today(), clock.instant());
        } catch (BusinessException e) {
            throw access.refuse("BUDGET_REALISATION_REFUSED", proposalId, e);
        }
        audit.record("BUDGET_REALISATION_" + next.name(), "budget_proposal", proposalId,
                reason == null ? Map.of() : Map.of("reason", reason));
        notifyChange(proposalId, r);
        return one(proposalId);
    }

    /** The holders' part in the works, in words (public). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public VoteData.Winner holdersPart(long proposalId, String text) {
        Realisation r = load(proposalId);
        r.describeHoldersPart(text, clock.instant());
        audit.record("BUDGET_REALISATION_HOLDERS", "budget_proposal", proposalId, Map.of());
        return one(proposalId);
    }

    /** Adds a photo of the works, cleaned of its metadata; three at most. */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional
    public VoteData.Winner addPhoto(long proposalId, byte[] data) {
        load(proposalId);
        if (photos.countByProposalId(proposalId) >= RealisationPhoto.MAX_PER_PROJECT) {
            throw new BusinessException("budget.photo.too-many", RealisationPhoto.MAX_PER_PROJECT);
        }
        if (data == null || data.length > MAX_BYTES) {
            throw new BusinessException("budget.photo.too-big", MAX_BYTES / 1024 / 1024);
        }
        PhotoSanitiser.Result clean = sanitiser.sanitise(data);
        photos.save(new RealisationPhoto(proposalId, clean.mediaType(), clean.bytes(), clock.instant()));
        audit.record("BUDGET_REALISATION_PHOTO", "budget_proposal", proposalId, Map.of());
        return one(proposalId);
    }

    /** A photo of the works (public). */
    @Transactional(readOnly = true)
    public PhotoContent photo(long photoId) {
        RealisationPhoto p = photos.findById(photoId).orElseThrow(() -> new BusinessException("budget.photo.unknown"));
        return new PhotoContent(p.getContent(), p.getMediaType(), "realisation-" + photoId
                + (p.getMediaType().endsWith("png") ? ".png" : ".jpg"));
    }

    /** Winners not finished in time (staff dashboard). */
    @PreAuthorize(BudgetAccess.STAFF)
    @Transactional(readOnly = true)
    public long overdue() {
        LocalDate today = access.today();
        return realisations.findAll().stream().filter(r -> !r.getStatus().isFinal())
                .filter(r -> r.getUpdatedAt().plus(STALE).isBefore(clock.instant())
                        || editions.findById(r.getEditionId()).flatMap(e -> e.phase(Phase.REALISATION))
                                .map(PhaseSchedule::getEndsOn).map(today::isAfter).orElse(false))
                .count();
    }

    private void notifyChange(long proposalId, Realisation r) {
        Proposal p = proposals.findById(proposalId).orElseThrow();
        BundleTexts t = new BundleTexts("budgetvote", Locale.FRENCH);
        Set<String> to = new TreeSet<>(p.getFollowers());
        to.addAll(p.getHolders());
        String status = t.get("budgetvote.realisation.status." + r.getStatus().name());
        String subject = t.get("budgetvote.realisation.mail.subject", p.getTitle());
        String body = t.get("budgetvote.realisation.mail.body", p.getTitle(), status,
                r.getAbandonReason() == null ? "" : r.getAbandonReason(), publicUrl + "/budget/realisations");
        to.forEach(address -> mail.send(address, subject, body));
    }

    private VoteData.Winner one(long proposalId) {
        Realisation r = load(proposalId);
        return winners(r.getEditionId()).stream().filter(w -> w.proposalId() == proposalId).findFirst().orElseThrow();
    }

    private Realisation load(long proposalId) {
        return realisations.findById(proposalId).orElseThrow(() -> new BusinessException("budgetvote.realisation.unknown"));
    }
}
