package fr.agora.meetings.service;

import fr.agora.meetings.domain.Avis;
import fr.agora.meetings.domain.AvisRepository;
import fr.agora.meetings.domain.AvisStatus;
import fr.agora.meetings.domain.Chantier;
import fr.agora.meetings.domain.ChantierRepository;
import fr.agora.meetings.domain.CityArea;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.comites.ComiteRegistry;
import fr.agora.shared.service.AccountDirectory;
import fr.agora.shared.service.AccountRef;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations before works: staff describe the chantier and its window (which must close before the works
 * start); signed-in residents give one avis each during the window, then comments during the works; moderators
 * publish or reject them; closing needs the published « prise en compte » summary.
 */
@Service
public class ConsultationService {

    static final String STAFF = "hasAnyRole('" + Role.Names.STAFF + "','" + Role.Names.ADMIN + "')";
    static final String MODERATORS = "hasAnyRole('" + Role.Names.MODERATOR + "','" + Role.Names.STAFF + "','"
            + Role.Names.ADMIN + "')";

    private final ChantierRepository chantiers;
    private final AvisRepository avis;
    private final ComiteRegistry comites;
    private final AccountDirectory accounts;
    private final AuditService audit;
    private final Clock clock;

    ConsultationService(ChantierRepository chantiers, AvisRepository avis, ComiteRegistry comites,
            AccountDirectory accounts, AuditService audit, Clock clock) {
        this.chantiers = chantiers;
        this.avis = avis;
        this.comites = comites;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every chantier, by works start (public). */
    @Transactional(readOnly = true)
    public List<ChantierData> all() {
        return chantiers.findAllOrdered().stream().map(c -> data(c, false)).toList();
    }

    /** One chantier's page: published avis for everyone, all of them for moderators (public). */
    @Transactional(readOnly = true)
    public ChantierData get(long id) {
        return data(find(id), CurrentUser.hasAnyRole(Role.MODERATOR, Role.STAFF, Role.ADMIN));
    }

    /** Creates or updates a chantier; refused when the window does not close before the works start. */
    @PreAuthorize(STAFF)
    @Transactional
    public ChantierData save(Long id, ChantierForm form) {
        Chantier c = id == null ? new Chantier(CurrentUser.actor(), clock.instant()) : find(id);
        String title = VisiteService.text(form.title(), 200);
        String location = VisiteService.text(form.location(), 255);
        String services = VisiteService.text(form.services(), 500);
        String information = VisiteService.text(form.information(), 4000);
        if (title == null || location == null || services == null || information == null) {
            throw new BusinessException("consultations.error.fields-required");
        }
        if (!CityArea.contains(form.point())) {
            throw new BusinessException("visites.error.point");
        }
        if (form.comiteId() != null && comites.comite(form.comiteId()).isEmpty()) {
            throw new BusinessException("comites.error.unknown");
        }
        c.describe(title, location, form.point(), form.comiteId(), services, information,
                VisiteService.text(form.documents(), 2000), form.worksStart(), form.opensOn(), form.closesOn());
        chantiers.save(c);
        audit.record(id == null ? "CHANTIER_CREATED" : "CHANTIER_UPDATED", "chantier", c.getId(),
                Map.of("title", title, "worksStart", String.valueOf(form.worksStart()), "closesOn", String.valueOf(form.closesOn())));
        return data(c, true);
    }

    /**
     * A signed-in resident gives their avis (one each, in the window) or, once the window closed, a comment during
     * the works. Moderated before it is shown.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ChantierData.AvisData giveAvis(long chantierId, String text) {
        Chantier c = find(chantierId);
        String email = CurrentUser.email().orElseThrow();
        String body = VisiteService.text(text, Avis.MAX_BODY);
        if (body == null) {
            throw new BusinessException("consultations.error.avis-required");
        }
        LocalDate today = Paris.date(clock.instant());
        if (c.collectsAvis(today) && avis.hasAvis(chantierId, email)) {
            throw new BusinessException("consultations.error.one-avis");
        }
        String name = accounts.byEmail(email).map(AccountRef::displayName).orElse(email);
        Avis a;
        try {
            a = avis.saveAndFlush(new Avis(c, email, name, body, today, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("consultations.error.one-avis");
        }
        audit.record("CHANTIER_AVIS_GIVEN", "chantier", chantierId, Map.of("avis", a.getId(), "kind", a.getKind().name()));
        return data(a);
    }

    /** The avis waiting for moderation. */
    @PreAuthorize(MODERATORS)
    @Transactional(readOnly = true)
    public List<ChantierData.AvisData> pending() {
        return avis.findPending().stream().map(ConsultationService::data).toList();
    }

    /** Publishes or rejects an avis. */
    @PreAuthorize(MODERATORS)
    @Transactional
    public void moderate(long avisId, boolean publish) {
        Avis a = avis.findById(avisId).orElseThrow(() -> new BusinessException("consultations.error.unknown"));
        a.moderate(publish, CurrentUser.actor());
        audit.record(publish ? "CHANTIER_AVIS_PUBLISHED" : "CHANTIER_AVIS_REJECTED", "chantier",
                a.getChantier().getId(), Map.of("avis", avisId));
    }

    /** Publishes the « prise en compte » summary (after the window closed). */
    @PreAuthorize(STAFF)
    @Transactional
    public void publishSummary(long chantierId, String text) {
        Chantier c = find(chantierId);
        if (text != null && text.length() > 8000) {
            throw new BusinessException("meetings.error.too-long");
        }
        c.publishSummary(text, Paris.date(clock.instant()), clock.instant());
        audit.record("CHANTIER_SUMMARY_PUBLISHED", "chantier", chantierId, Map.of("chars", text.strip().length()));
    }

    /** Closes the consultation; refused without its published summary. */
    @PreAuthorize(STAFF)
    @Transactional
    public void close(long chantierId) {
        Chantier c = find(chantierId);
        c.close();
        audit.record("CHANTIER_CLOSED", "chantier", chantierId, Map.of());
    }

    private Chantier find(long id) {
        return chantiers.findById(id).orElseThrow(() -> new BusinessException("consultations.error.unknown"));
    }

    private ChantierData data(Chantier c, boolean all) {
        LocalDate today = Paris.date(clock.instant());
        boolean gave = CurrentUser.email().map(e -> avis.hasAvis(c.getId(), e)).orElse(false);
        List<ChantierData.AvisData> shown = avis.findByChantier(c.getId()).stream()
                .filter(a -> all || a.getStatus() == AvisStatus.PUBLISHED).map(ConsultationService::data).toList();
        return new ChantierData(c.getId(), c.getTitle(), c.getLocation(), c.getPoint(),
                c.getComiteId() == null ? null : comites.comite(c.getComiteId()).map(ComiteRegistry.ComiteEntry::name)
                        .orElse(null), c.getServices(), c.getInformation(),
                c.getDocuments(), c.getWorksStart(), c.getOpensOn(), c.getClosesOn(), c.getStatus(), c.getSummary(),
                c.getSummaryPublishedAt(), c.collectsAvis(today), c.takesComments(today), gave, shown, c.isDemo());
    }

    static ChantierData.AvisData data(Avis a) {
        return new ChantierData.AvisData(a.getId(), a.getKind(), a.getAuthorName(), a.getBody(), a.getStatus(),
                a.getSubmittedAt());
    }
}
