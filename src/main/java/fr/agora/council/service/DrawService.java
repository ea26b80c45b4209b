package fr.agora.council.service;

import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.CouncilDrawRepository;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.DrawStatus;
import fr.agora.council.domain.PoolImport;
import fr.agora.council.domain.PoolImportRepository;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.sortition.Feasibility;
import fr.agora.sortition.InfeasibilityReport;
import fr.agora.sortition.Quota;
import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.SortitionResult;
import fr.agora.sortition.draw.Commitment;
import fr.agora.sortition.draw.DrawProtocol;
import fr.agora.sortition.draw.DrawRecord;
import fr.agora.sortition.seats.SeatLog;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of a draw of a Collège Habitants: open it, set the quotas, freeze and publish the commitment, store
 * the LEXIMIN distribution ({@link DrawComputations}), draw with the public entropy and appoint the drawn people
 * ({@link DrawAppointments}). The draw itself ({@link CouncilDraw}) refuses a step out of order, a change after the
 * freeze or a second draw; each refusal is audited. The pool is imported by {@link PoolImportService}, published by
 * {@link DrawPublicationService}; the drawn people's answers go to {@link DrawReplyService}.
 */
@Service
public class DrawService {

    static final String OPERATOR = "hasRole('" + Role.Names.DRAW_OPERATOR + "')";

    private final CouncilRepository councils;
    private final CouncilDrawRepository draws;
    private final PoolPersonRepository people;
    private final DrawStore store;
    private final DrawPool pools;
    private final DrawAppointments appointments;
    private final PoolImportRepository imports;
    private final CampaignService campaigns;
    private final AuditService audit;
    private final CouncilSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DrawService(CouncilRepository councils, CouncilDrawRepository draws, PoolPersonRepository people, DrawStore store,
            DrawPool pools, DrawAppointments appointments, PoolImportRepository imports, CampaignService campaigns,
            AuditService audit, CouncilSettings settings, Clock clock) {
        this.imports = imports;
        this.campaigns = campaigns;
        this.councils = councils;
        this.draws = draws;
        this.people = people;
        this.store = store;
        this.pools = pools;
        this.appointments = appointments;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Opens a new draw for a council's Collège Habitants (one seat = a titulaire and a suppléant): the first one, or
     * the draw of a new mandate once the previous one took place (every draw stays in the council's history). Refused
     * while another draw of the council is under way.
     */
    @PreAuthorize(OPERATOR)
    @Transactional
    public DrawData open(long councilId) {
        Council c = councils.findByIdWithTerritories(councilId)
                .orElseThrow(() -> new BusinessException("council.error.not-found"));
        if (draws.existsByCouncilIdAndStatusNot(councilId, DrawStatus.DRAWN)) {
            audit.recordRefusal(CurrentUser.actor(), "DRAW_OPENED", "council", councilId,
                    Map.of("reason", "a draw is in progress"));
            throw new BusinessException("draw.error.in-progress");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        CouncilDraw d = draws.save(new CouncilDraw(c, c.habitantSeats(settings.seatsPerThousand()), secret,
                CurrentUser.actor(), clock.instant()));
        audit.record("DRAW_OPENED", "council_draw", d.getId(), Map.of("council", councilId, "seats", d.getSeats()));
        return store.data(d);
    }

    /** The draws of a council, newest first (public data only: anyone may read them once frozen). */
    @Transactional(readOnly = true)
    public List<DrawData> ofCouncil(long councilId) {
        return draws.findByCouncilIdOrderByCreatedAtDesc(councilId).stream().map(store::data).toList();
    }

    /** One draw. */
    @PreAuthorize(OPERATOR)
    @Transactional(readOnly = true)
    public DrawData get(long drawId) {
        return store.data(store.load(drawId));
    }

    /**
     * The quotas suggested for an open draw from its pool ({@link DrawPool#suggested}); once frozen, the frozen
     * quotas with the drawn composition.
     */
    @PreAuthorize(OPERATOR)
    @Transactional(readOnly = true)
    public List<QuotaLine> quotas(long drawId) {
        CouncilDraw d = store.load(drawId);
        return pools.lines(d, d.getQuotasJson() != null ? DrawPool.readQuotas(d.getQuotasJson()) : pools.suggested(d));
    }

    /**
     * Freezes the pool with these quotas and publishes the commitment. Infeasible quotas are refused with the
     * engine's explanation and the relaxation it proposes.
     */
    @PreAuthorize(OPERATOR)
    @Transactional
    public DrawData freeze(long drawId, List<QuotaLine> lines) {
        return freeze(drawId, lines, Set.of());
    }

    /**
     * Freezes the pool with these quotas and publishes the commitment, then closes the calls for candidacies whose
     * candidacies joined the pool (a candidacy received later could not be in this draw), except those staff keep
     * open for the next draw.
     *
     * @param keepOpen the calls to leave open
     */
    @PreAuthorize(OPERATOR)
    @Transactional
    public DrawData freeze(long drawId, List<QuotaLine> lines, Set<Long> keepOpen) {
        CouncilDraw d = store.lock(drawId);
        store.guarded(d, "DRAW_FREEZE", CouncilDraw::checkPoolOpen);
        List<Quota> quotas = DrawPool.toQuotas(d, lines);
        SortitionInstance instance = pools.instance(d, quotas);
        Feasibility.analyse(instance).ifPresent(report -> {
            audit.recordRefusal(CurrentUser.actor(), "DRAW_FREEZE", "council_draw", drawId,
                    Map.of("reason", "infeasible", "status", d.getStatus().name()));
            throw new BusinessException("draw.error.infeasible", String.join(" ; ", report.conflicts()),
                    String.join(" ; ", report.changes()));
        });
        String commitment = Commitment.of(instance);
        long poolSize = people.countByDrawId(drawId);
        store.guarded(d, "DRAW_FREEZE", x -> x.freeze((int) poolSize, DrawPool.writeQuotas(quotas), commitment,
                clock.instant()));
        store.save(d);
        audit.record("DRAW_FROZEN", "council_draw", drawId, Map.of("commitment", commitment,
                "pool", instance.n(), "k", instance.k()));
        for (long call : feedingCallIds(drawId)) {
            campaigns.closeForDraw(call, drawId, keepOpen != null && keepOpen.contains(call));
        }
        return store.data(d);
    }

    /** The calls whose residents' candidacies joined this draw's pool and still take candidacies. */
    @PreAuthorize(OPERATOR)
    @Transactional(readOnly = true)
    public List<CampaignData> openFeedingCalls(long drawId) {
        return feedingCallIds(drawId).stream().map(campaigns::campaign).filter(CampaignData::open).toList();
    }

    private List<Long> feedingCallIds(long drawId) {
        return imports.findByDrawIdOrderByImportedAt(drawId).stream().map(PoolImport::getCampaignId)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The quotas the engine would relax these to, when they are infeasible (empty when feasible). */
    @PreAuthorize(OPERATOR)
    @Transactional(readOnly = true)
    public List<QuotaLine> relaxation(long drawId, List<QuotaLine> lines) {
        CouncilDraw d = store.load(drawId);
        SortitionInstance instance = pools.instance(d, DrawPool.toQuotas(d, lines));
        return Feasibility.analyse(instance).map(InfeasibilityReport::relaxedQuotas)
                .map(q -> pools.lines(d, q)).orElse(List.of());
    }

    /** The frozen instance, for the background computation (called by {@link DrawComputations}). */
    @Transactional(readOnly = true)
    SortitionInstance frozenInstance(long drawId) {
        CouncilDraw d = store.load(drawId);
        d.checkComputable();
        return pools.checkedInstance(d);
    }

    /** Stores the computed distribution (called by {@link DrawComputations}, as the operator who started it). */
    @Transactional
    void storeDistribution(long drawId, String actor, SortitionResult leximin, double legacyMin) {
        CouncilDraw d = store.lock(drawId);
        d.recordDistribution(Distribution.write(leximin), leximin.stats().min(), leximin.stats().max(), legacyMin,
                leximin.seconds());
        audit.recordAs(actor, "DRAW_COMPUTED", "council_draw", drawId, Map.of("min", leximin.stats().min(),
                "max", leximin.stats().max(), "legacyMin", legacyMin, "panels", leximin.panels().size(),
                "seconds", leximin.seconds()));
    }

    /**
     * Draws with the public entropy (the witnesses' dice digits) and appoints the drawn people: titulaires and
     * suppléants of the Collège Habitants, seated by the engine's rule ({@link SeatLog}, published as the seats file),
     * provisional until the arrêté. A draw happens once; it announces
     * {@link fr.agora.council.CouncilDrawn}.
     */
    @PreAuthorize(OPERATOR)
    @Transactional
    public DrawData draw(long drawId, String entropy, String witnesses) {
        CouncilDraw d = store.lock(drawId);
        store.guarded(d, "DRAW_DRAW", x -> x.checkDrawable(entropy, witnesses));
        SortitionInstance instance = pools.checkedInstance(d);
        SortitionResult result = Distribution.read(d.getDistributionJson(), instance.n());
        DrawRecord record = DrawProtocol.draw(instance, result, entropy.strip(), 0).sealed();
        SeatLog seats = SeatLog.start(instance, record, d.getSeats(), DrawAppointments.PAIRING);
        d.draw(entropy, witnesses, record.toJson(), record.seed(), seats.text(), clock.instant());
        appointments.appoint(d, seats);
        store.save(d);
        audit.record("DRAW_DRAWN", "council_draw", drawId, Map.of("number", record.number(), "seed", record.seed(),
                "recordHash", record.recordHash()));
        return store.data(d);
    }
}
