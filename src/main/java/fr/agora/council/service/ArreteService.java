package fr.agora.council.service;

import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.CouncilMemberRepository;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.CouncilTime;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Préfet's arrêté that makes a council's membership official: its date, reference and signed PDF, kept in the
 * {@link CouncilDocumentStore} and public for download. The council refuses an arrêté dated in the future or without
 * a reference ({@link Council#checkArrete}); a file too large or not a PDF is refused here, before anything is kept.
 */
@Service
public class ArreteService {

    private final CouncilRepository councils;
    private final CouncilMemberRepository members;
    private final CouncilService councilService;
    private final CouncilDocumentStore documents;
    private final CouncilSettings settings;
    private final AuditService audit;
    private final Clock clock;

    ArreteService(CouncilRepository councils, CouncilMemberRepository members, CouncilService councilService,
            CouncilDocumentStore documents, CouncilSettings settings, AuditService audit, Clock clock) {
        this.councils = councils;
        this.members = members;
        this.councilService = councilService;
        this.documents = documents;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the Préfet's arrêté: date, reference and the signed PDF. The active members become official; those
     * appointed later stay provisional until the next arrêté.
     */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public CouncilData recordArrete(long councilId, LocalDate date, String reference, byte[] pdf) {
        return recordArrete(councilId, date, reference, pdf, false);
    }

    /**
     * What staff should know before recording an arrêté dated {@code date}: seats left empty, members appointed after
     * that date (the arrêté cannot name them), drawn people who have not answered yet (it would make them official).
     */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional(readOnly = true)
    public List<ArreteWarning> arreteWarnings(long councilId, LocalDate date) {
        Council c = councils.findByIdWithTerritories(councilId)
                .orElseThrow(() -> new BusinessException("council.error.not-found"));
        List<CouncilMember> active = members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(councilId,
                CouncilMember.Status.ACTIVE);
        CouncilData d = councilService.data(c, active);
        List<ArreteWarning> warnings = new java.util.ArrayList<>();
        int total = d.habitantSeats() + d.associationSeats();
        int free = CouncilService.free(d, active, fr.agora.council.domain.College.HABITANTS)
                + CouncilService.free(d, active, fr.agora.council.domain.College.ASSOCIATIONS);
        if (free > 0) {
            warnings.add(new ArreteWarning("council.arrete.warn.seats", List.of(total - free, total)));
        }
        LocalDate latest = active.stream().map(CouncilMember::getStartDate).max(LocalDate::compareTo).orElse(null);
        if (date != null && latest != null && date.isBefore(latest)) {
            warnings.add(new ArreteWarning("council.arrete.warn.date", List.of(latest)));
        }
        long pending = active.stream().filter(CouncilMember::isAwaitingAnswer).count();
        if (pending > 0) {
            warnings.add(new ArreteWarning("council.arrete.warn.pending", List.of(pending)));
        }
        return List.copyOf(warnings);
    }

    /**
     * {@link #recordArrete(long, LocalDate, String, byte[])}, refused (and audited) while there are
     * {@link #arreteWarnings} that staff did not confirm having read.
     */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public CouncilData recordArrete(long councilId, LocalDate date, String reference, byte[] pdf,
            boolean warningsConfirmed) {
        Council c = councils.findByIdWithTerritories(councilId)
                .orElseThrow(() -> new BusinessException("council.error.not-found"));
        c.checkNotArchived();
        LocalDate today = CouncilTime.today(clock);
        Council.checkArrete(date, reference, today);
        if (pdf == null || pdf.length > settings.arreteMaxSize().toBytes()) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_ARRETE", "council", councilId,
                    Map.of("reason", "size", "bytes", pdf == null ? 0 : pdf.length));
            throw new BusinessException("council.error.arrete-size", settings.arreteMaxSize().toMegabytes());
        }
        if (!CouncilDocumentStore.isPdf(pdf)) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_ARRETE", "council", councilId, Map.of("reason", "not a PDF"));
            throw new BusinessException("council.error.arrete-not-pdf");
        }
        List<ArreteWarning> warnings = arreteWarnings(councilId, date);
        if (!warnings.isEmpty() && !warningsConfirmed) {
            audit.recordRefusal(CurrentUser.actor(), "COUNCIL_ARRETE", "council", councilId, Map.of("reason",
                    "council.error.arrete-unconfirmed", "warnings", warnings.stream().map(ArreteWarning::key).toList()));
            throw new BusinessException("council.error.arrete-unconfirmed");
        }
        String file = documents.store(councilId, pdf);
        c.recordArrete(date, reference, file, CurrentUser.actor(), today, clock.instant());
        List<CouncilMember> active = members.findByCouncilIdAndStatusOrderByCollegeAscSeatNoAscPositionAsc(councilId,
                CouncilMember.Status.ACTIVE);
        active.forEach(CouncilMember::makeOfficial);
        audit.record("COUNCIL_ARRETE_RECORDED", "council", councilId, Map.of("date", date.toString(),
                "reference", reference.strip(), "members", active.size(), "warningsConfirmed",
                warnings.stream().map(ArreteWarning::key).toList()));
        return councilService.data(c, active);
    }

    /** The signed arrêté, for download. */
    @Transactional(readOnly = true)
    public byte[] arretePdf(String slug) {
        Council c = councils.findBySlugWithTerritories(slug)
                .orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (c.getArreteFile() == null) {
            throw new BusinessException("council.error.not-found");
        }
        return documents.read(c.getArreteFile());
    }
}
