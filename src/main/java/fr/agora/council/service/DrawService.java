package fr.agora.council.service;

import fr.agora.council.domain.College;
import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.CouncilDrawRepository;
import fr.agora.council.domain.CouncilRepository;
import fr.agora.council.domain.DrawStatus;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.PoolImport;
import fr.agora.council.domain.PoolImportRepository;
import fr.agora.council.domain.PoolPerson;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.council.pool.AgeBands;
import fr.agora.council.pool.ColumnMapping;
import fr.agora.council.pool.Deduplicator;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.PoolEntry;
import fr.agora.council.pool.PoolField;
import fr.agora.council.pool.PoolFile;
import fr.agora.council.pool.PoolImportException;
import fr.agora.council.pool.PoolLimits;
import fr.agora.council.pool.PoolRowReader;
import fr.agora.council.pool.PoolSource;
import fr.agora.council.pool.Sex;
import fr.agora.sortition.Feasibility;
import fr.agora.sortition.InfeasibilityReport;
import fr.agora.sortition.Person;
import fr.agora.sortition.Quota;
import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.SortitionResult;
import fr.agora.sortition.draw.Commitment;
import fr.agora.sortition.draw.CounterRng;
import fr.agora.sortition.draw.DrawProtocol;
import fr.agora.sortition.draw.DrawRecord;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draw of a Collège Habitants, step by step: import the pool (minimised, deduplicated), set the quotas, freeze
 * and publish the commitment, compute LEXIMIN ({@link DrawComputations}), draw with the public entropy, appoint
 * the drawn people. Every step is audited; a step out of order, a change after the freeze or a second draw is
 * refused and audited. Only draw operators see the pool.
 *
 * <p>The drawn panel holds titulaires and suppléants together (two per seat) under the quotas, so parity holds for
 * both. Who of the panel is titulaire is decided from the draw seed, so anyone can re-derive it: each sex's members
 * are ordered by SHA-256(seed ‖ id), the two orders are interleaved starting with the sex of the smaller hash, the
 * first {@code seats} are titulaires, and each titulaire is paired with the next suppléant of the same sex.
 */
@Service
public class DrawService {

    static final String OPERATOR = "hasRole('" + Role.Names.DRAW_OPERATOR + "')";
    static final List<String> CATEGORIES = List.of("sex", "age", "eu");

    private final CouncilRepository councils;
    private final CouncilDrawRepository draws;
    private final PoolPersonRepository people;
    private final PoolImportRepository imports;
    private final CouncilService councilService;
    private final CandidacyService candidacyService;
    private final String publicUrl;
    private final AuditService audit;
    private final CouncilSettings settings;
    private final fr.agora.shared.service.MailService mail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DrawService(CouncilRepository councils, CouncilDrawRepository draws, PoolPersonRepository people,
            PoolImportRepository imports, CouncilService councilService, CandidacyService candidacyService,
            AuditService audit, CouncilSettings settings, fr.agora.shared.service.MailService mail, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${agora.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.candidacyService = candidacyService;
        this.councils = councils;
        this.draws = draws;
        this.people = people;
        this.imports = imports;
        this.councilService = councilService;
        this.audit = audit;
        this.settings = settings;
        this.mail = mail;
        this.clock = clock;
    }

    /** Opens a new draw for a council's Collège Habitants (one seat = a titulaire and a suppléant). */
    @PreAuthorize(OPERATOR)
    @Transactional
    public DrawData open(long councilId) {
        Council c = councils.findByIdWithTerritories(councilId).orElseThrow(() -> new BusinessException("council.error.not-found"));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        CouncilDraw d = draws.save(new CouncilDraw(c, c.habitantSeats(settings.seatsPerThousand()), secret,
                CurrentUser.actor(), clock.instant()));
        audit.record("DRAW_OPENED", "council_draw", d.getId(), Map.of("council", councilId, "seats", d.getSeats()));
        return data(d);
    }

    /** The draws of a council, newest first (public data only: anyone may read them once frozen). */
    @Transactional(readOnly = true)
    public List<DrawData> ofCouncil(long councilId) {
        return draws.findByCouncilIdOrderByCreatedAtDesc(councilId).stream().map(this::data).toList();
    }

    /** One draw. */
    @PreAuthorize(OPERATOR)
    @Transactional(readOnly = true)
    public DrawData get(long drawId) {
        return data(load(drawId));
    }

    /** Reads a file's header and suggests a mapping; nothing is stored. */
    @PreAuthorize(OPERATOR)
    public FilePreview preview(String fileName, byte[] bytes) {
        PoolFile f = parse(fileName, bytes);
        List<List<String>> sample = f.rows().stream().limit(5).map(r -> List.of(r.fields())).toList();
        return new FilePreview(f.name(), f.charset().name(), f.separator(), f.header(), ColumnMapping.guess(f.header()),
                sample, f.rows().size());
    }

    /**
     * Imports one source file into an open draw's pool. Every row is validated first: if any is rejected, nothing is
     * imported and the report lists them all. Otherwise the people are minimised and merged with the pool.
     */
    @PreAuthorize(OPERATOR)
    @Transactional
    public ImportReport importFile(long drawId, PoolSource source, String fileName, byte[] bytes,
            Map<PoolField, Integer> mapping) {
        CouncilDraw d = lock(drawId);
        if (d.getStatus() != DrawStatus.OPEN) {
            refuse(d, "DRAW_IMPORT", "pool frozen");
            throw new BusinessException("draw.error.frozen");
        }
        if (source == null) {
            throw new BusinessException("draw.error.source");
        }
        PoolFile file = parse(fileName, bytes);
        ColumnMapping columns;
        try {
            columns = ColumnMapping.of(mapping, file.header().size());
        } catch (PoolImportException e) {
            throw new BusinessException(e.key(), e.args());
        }
        return importParsed(d, source, fileName, file, columns);
    }

    /**
     * Adds the residents' candidacies of a call for candidacies of the same council to an open draw's pool, as the
     * VOLUNTEER source: they go through the same validation, minimisation and deduplication as any file, so a
     * volunteer also listed by the HLM file appears once with both source tags.
     */
    @PreAuthorize(OPERATOR)
    @Transactional
    public ImportReport importCandidacies(long drawId, long campaignId) {
        CouncilDraw d = lock(drawId);
        if (d.getStatus() != DrawStatus.OPEN) {
            refuse(d, "DRAW_IMPORT", "pool frozen");
            throw new BusinessException("draw.error.frozen");
        }
        fr.agora.council.domain.CandidacyCampaign campaign = candidacyService.campaignEntity(campaignId);
        if (campaign.getKind() != fr.agora.council.domain.CampaignKind.HABITANT
                || !campaign.getCouncil().getId().equals(d.getCouncil().getId())) {
            refuse(d, "DRAW_IMPORT", "campaign of another council or kind");
            throw new BusinessException("draw.error.campaign");
        }
        List<String> header = List.of("nom", "prenom", "date de naissance", "sexe", "adresse", "code postal",
                "nationalite", "email", "telephone");
        List<fr.agora.sortition.io.Csv.Row> rows = new java.util.ArrayList<>();
        int line = 2;
        for (fr.agora.council.domain.Candidacy c : candidacyService.standingResidents(campaignId)) {
            rows.add(new fr.agora.sortition.io.Csv.Row(line++, new String[] {c.getLastName(), c.getFirstName(),
                    c.getBirthDate().toString(), c.getSex().name(), c.getAddress(),
                    c.getPostcode() == null ? "" : c.getPostcode(),
                    switch (c.getEu()) {
                        case EU -> "UE";
                        case NON_EU -> "hors UE";
                        case UNKNOWN -> "";
                    }, c.getEmail() == null ? "" : c.getEmail(), c.getPhone() == null ? "" : c.getPhone()}));
        }
        if (rows.isEmpty()) {
            throw new BusinessException("draw.error.no-candidacy");
        }
        String name = "candidatures-" + campaignId + ".csv";
        PoolFile file = new PoolFile(name, java.nio.charset.StandardCharsets.UTF_8, ';', header, rows);
        ColumnMapping columns;
        try {
            columns = ColumnMapping.of(ColumnMapping.guess(header), header.size());
        } catch (PoolImportException e) {
            throw new IllegalStateException("candidacy columns not recognised", e);
        }
        return importParsed(d, PoolSource.VOLUNTEER, name, file, columns);
    }

    private ImportReport importParsed(CouncilDraw d, PoolSource source, String fileName, PoolFile file,
            ColumnMapping columns) {
        long drawId = d.getId();
        LocalDate day = LocalDate.now(clock);
        PoolRowReader.Result read = new PoolRowReader(day, AgeBands.DEFAULT).read(file, columns, source);
        if (!read.rejected().isEmpty()) {
            audit.recordRefusal(CurrentUser.actor(), "DRAW_IMPORT", "council_draw", drawId, Map.of("file", safe(fileName),
                    "source", source.name(), "rejected", read.rejected().size(), "firstLine", read.rejected().get(0).line()));
            return new ImportReport(false, file.rows().size(), 0, List.of(), read.leftOut(), read.rejected());
        }
        List<PoolPerson> existing = people.findByDrawIdOrderById(drawId);
        Map<String, PoolPerson> byKey = existing.stream().collect(Collectors.toMap(PoolPerson::getPersonKey, p -> p));
        Deduplicator dedup = new Deduplicator(d.getPersonKeySecret(), day, AgeBands.DEFAULT);
        Deduplicator.Result merged = dedup.merge(existing.stream().map(DrawService::entry).toList(), read.accepted());
        for (PoolEntry e : merged.entries()) {
            PoolPerson p = byKey.computeIfAbsent(e.personKey(), k -> new PoolPerson(d, k));
            p.update(e.lastName(), e.firstName(), e.sex().name(), e.ageBand(), e.eu().name(), e.subArea(),
                    e.postalAddress(), e.email(), e.phone(),
                    e.sources().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            if (p.getId() == null) {
                people.save(p);
            }
        }
        int mergedCount = read.accepted().size() - merged.added();
        imports.save(new PoolImport(d, source.name(), safe(fileName), file.rows().size(), merged.added(), mergedCount,
                read.leftOut().size(), CurrentUser.actor(), clock.instant()));
        audit.record("DRAW_IMPORT", "council_draw", drawId, Map.of("file", safe(fileName), "source", source.name(),
                "rows", file.rows().size(), "added", merged.added(), "merged", mergedCount, "leftOut", read.leftOut().size()));
        return new ImportReport(true, file.rows().size(), merged.added(), merged.merges(), read.leftOut(), List.of());
    }

    /** The imported files of a draw. */
    @PreAuthorize(OPERATOR)
    @Transactional(readOnly = true)
    public List<PoolImport> importsOf(long drawId) {
        return imports.findByDrawIdOrderByImportedAt(drawId);
    }

    /**
     * The quotas suggested for an open draw from its pool: strict parity between women and men (hard); age bands
     * and EU status mirroring the pool (soft), with at least the pool's share of young (16-24) and non-EU residents.
     * Once frozen, the frozen quotas with the drawn composition.
     */
    @PreAuthorize(OPERATOR)
    @Transactional(readOnly = true)
    public List<QuotaLine> quotas(long drawId) {
        CouncilDraw d = load(drawId);
        return lines(d, d.getQuotasJson() != null ? readQuotas(d.getQuotasJson()) : suggested(d));
    }

    /** The public quota table: only once frozen. */
    @Transactional(readOnly = true)
    public List<QuotaLine> publicQuotas(long drawId) {
        CouncilDraw d = load(drawId);
        if (d.getQuotasJson() == null) {
            throw new BusinessException("council.error.not-found");
        }
        return lines(d, readQuotas(d.getQuotasJson()));
    }

    /**
     * Freezes the pool with these quotas and publishes the commitment. Infeasible quotas are refused with the
     * engine's explanation and the relaxation it proposes.
     */
    @PreAuthorize(OPERATOR)
    @Transactional
    public DrawData freeze(long drawId, List<QuotaLine> lines) {
        CouncilDraw d = lock(drawId);
        if (d.getStatus() != DrawStatus.OPEN) {
            refuse(d, "DRAW_FREEZE", "already frozen");
            throw new BusinessException("draw.error.frozen");
        }
        if (people.countByDrawId(drawId) < d.getPanelSize()) {
            throw new BusinessException("draw.error.pool-too-small", d.getPanelSize());
        }
        List<Quota> quotas = toQuotas(d, lines);
        SortitionInstance instance = instance(d, quotas);
        Feasibility.analyse(instance).ifPresent(report -> {
            refuse(d, "DRAW_FREEZE", "infeasible");
            throw new BusinessException("draw.error.infeasible", String.join(" ; ", report.conflicts()),
                    String.join(" ; ", report.changes()));
        });
        String commitment = Commitment.of(instance);
        d.freeze(writeQuotas(quotas), commitment, clock.instant());
        audit.record("DRAW_FROZEN", "council_draw", drawId, Map.of("commitment", commitment,
                "pool", instance.n(), "k", instance.k()));
        return data(d);
    }

    /** The quotas the engine would relax these to, when they are infeasible (empty when feasible). */
    @PreAuthorize(OPERATOR)
    @Transactional(readOnly = true)
    public List<QuotaLine> relaxation(long drawId, List<QuotaLine> lines) {
        CouncilDraw d = load(drawId);
        SortitionInstance instance = instance(d, toQuotas(d, lines));
        return Feasibility.analyse(instance).map(InfeasibilityReport::relaxedQuotas)
                .map(q -> lines(d, q)).orElse(List.of());
    }

    /** The frozen instance, for the background computation (called by {@link DrawComputations}). */
    @Transactional(readOnly = true)
    SortitionInstance frozenInstance(long drawId) {
        CouncilDraw d = load(drawId);
        if (d.getStatus() != DrawStatus.FROZEN) {
            throw new BusinessException(d.getStatus() == DrawStatus.OPEN ? "draw.error.not-frozen" : "draw.error.computed");
        }
        return checkedInstance(d);
    }

    /** Stores the computed distribution (called by {@link DrawComputations}, as the operator who started it). */
    @Transactional
    void storeDistribution(long drawId, String actor, SortitionResult leximin, double legacyMin) {
        CouncilDraw d = lock(drawId);
        if (d.getStatus() != DrawStatus.FROZEN) {
            throw new BusinessException("draw.error.computed");
        }
        d.computed(Distribution.write(leximin), leximin.stats().min(), leximin.stats().max(), legacyMin, leximin.seconds());
        audit.recordAs(actor, "DRAW_COMPUTED", "council_draw", drawId, Map.of("min", leximin.stats().min(),
                "max", leximin.stats().max(), "legacyMin", legacyMin, "panels", leximin.panels().size(),
                "seconds", leximin.seconds()));
    }

    /**
     * Draws with the public entropy (the witnesses' dice digits) and appoints the drawn people: titulaires and
     * suppléants of the Collège Habitants, provisional until the arrêté. A draw happens once.
     */
    @PreAuthorize(OPERATOR)
    @Transactional
    public DrawData draw(long drawId, String entropy, String witnesses) {
        CouncilDraw d = lock(drawId);
        if (d.getStatus() == DrawStatus.DRAWN) {
            refuse(d, "DRAW_DRAW", "already drawn");
            throw new BusinessException("draw.error.already-drawn");
        }
        if (d.getStatus() != DrawStatus.COMPUTED) {
            throw new BusinessException("draw.error.not-computed");
        }
        if (entropy == null || !entropy.strip().matches("[1-6]{10,100}")) {
            throw new BusinessException("draw.error.entropy");
        }
        if (witnesses == null || witnesses.isBlank() || witnesses.length() > 500) {
            throw new BusinessException("draw.error.witnesses");
        }
        SortitionInstance instance = checkedInstance(d);
        SortitionResult result = Distribution.read(d.getDistributionJson(), instance.n());
        DrawRecord record = DrawProtocol.draw(instance, result, entropy.strip(), 0).sealed();
        d.drawn(entropy.strip(), witnesses.strip(), record.toJson(), clock.instant());
        appoint(d, record);
        tellVolunteers(d);
        audit.record("DRAW_DRAWN", "council_draw", drawId, Map.of("number", record.number(), "seed", record.seed(),
                "recordHash", record.recordHash()));
        return data(d);
    }

    /** The draw record (JSON), public once drawn. */
    @Transactional(readOnly = true)
    public byte[] record(long drawId) {
        CouncilDraw d = load(drawId);
        if (d.getRecordJson() == null) {
            throw new BusinessException("council.error.not-found");
        }
        return d.getRecordJson().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The pool for verification, public once frozen: ids and features only (Sortition Foundation layout), in the
     * committed order.
     */
    @Transactional(readOnly = true)
    public byte[] poolCsv(long drawId) {
        CouncilDraw d = load(drawId);
        if (d.getQuotasJson() == null) {
            throw new BusinessException("council.error.not-found");
        }
        StringBuilder s = new StringBuilder("id,").append(String.join(",", CATEGORIES)).append('\n');
        for (Person p : pool(d)) {
            s.append(p.id());
            CATEGORIES.forEach(c -> s.append(',').append(p.features().get(c)));
            s.append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The frozen quotas for verification (Sortition Foundation layout with flex bounds). */
    @Transactional(readOnly = true)
    public byte[] quotasCsv(long drawId) {
        CouncilDraw d = load(drawId);
        if (d.getQuotasJson() == null) {
            throw new BusinessException("council.error.not-found");
        }
        StringBuilder s = new StringBuilder("feature,value,min,max,min_flex,max_flex\n");
        for (Quota q : readQuotas(d.getQuotasJson())) {
            s.append(q.category()).append(',').append(q.value()).append(',').append(q.min()).append(',').append(q.max())
                    .append(',').append(q.minFlex()).append(',').append(q.maxFlex()).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The anonymous composition of the drawn panel, by category and value. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Long>> composition(long drawId) {
        CouncilDraw d = load(drawId);
        if (d.getRecordJson() == null) {
            return Map.of();
        }
        checkedInstance(d);
        return count(panelPeople(d, pool(d)));
    }

    /**
     * Erases the personal data of the pools of draws done more than {@code agora.council.pool-retention-days} ago:
     * names, addresses and contacts go; ids and features stay, so the published draw can still be checked. The
     * drawn people's contacts live on in the council's member list.
     *
     * @return how many people were erased
     */
    @Transactional
    public int purgeExpiredPools() {
        java.time.Instant cutoff = clock.instant().minus(java.time.Duration.ofDays(settings.poolRetentionDays()));
        int erased = 0;
        for (CouncilDraw d : draws.findByStatusAndDrawnAtBefore(DrawStatus.DRAWN, cutoff)) {
            int count = 0;
            for (PoolPerson p : people.findByDrawIdOrderById(d.getId())) {
                if (!p.isErased()) {
                    p.erasePersonalData();
                    count++;
                }
            }
            if (count > 0) {
                audit.recordAs("système", "DRAW_POOL_ERASED", "council_draw", d.getId(), Map.of("people", count,
                        "retentionDays", settings.poolRetentionDays()));
            }
            erased += count;
        }
        return erased;
    }

    // ---------------------------------------------------------------------------------------------------------

    private void appoint(CouncilDraw d, DrawRecord record) {
        Map<String, PoolPerson> byId = people.findByDrawIdOrderById(d.getId()).stream()
                .collect(Collectors.toMap(p -> String.valueOf(p.getId()), p -> p));
        byte[] seed = CounterRng.sha256((record.seed()).getBytes(StandardCharsets.UTF_8));
        Comparator<String> bySeedHash = Comparator.comparing(id -> CounterRng.hex(CounterRng.sha256(
                (CounterRng.hex(seed) + id).getBytes(StandardCharsets.UTF_8))));
        List<String> women = record.panel().stream().filter(id -> "FEMALE".equals(byId.get(id).getSex()))
                .sorted(bySeedHash).toList();
        List<String> men = record.panel().stream().filter(id -> !"FEMALE".equals(byId.get(id).getSex()))
                .sorted(bySeedHash).toList();
        boolean womenFirst = women.isEmpty() ? false : men.isEmpty()
                || bySeedHash.compare(women.get(0), men.get(0)) < 0;
        List<String> order = new ArrayList<>();
        for (int i = 0; i < Math.max(women.size(), men.size()); i++) {
            List<String> first = womenFirst ? women : men;
            List<String> second = womenFirst ? men : women;
            if (i < first.size()) {
                order.add(first.get(i));
            }
            if (i < second.size()) {
                order.add(second.get(i));
            }
        }
        List<String> titulaires = order.subList(0, d.getSeats());
        List<String> suppleants = new ArrayList<>(order.subList(d.getSeats(), order.size()));
        LocalDate deadline = LocalDate.now(clock).plusDays(settings.responseDays());
        for (String t : titulaires) {
            String sex = byId.get(t).getSex();
            String s = suppleants.stream().filter(x -> byId.get(x).getSex().equals(sex)).findFirst()
                    .orElse(suppleants.get(0));
            suppleants.remove(s);
            councilService.appointDrawn(d.getCouncil().getId(), d.getId(), appointment(byId.get(t)), byId.get(t).getId(),
                    appointment(byId.get(s)), byId.get(s).getId(), deadline);
            invite(d, byId.get(t), deadline);
            invite(d, byId.get(s), deadline);
        }
    }

    /**
     * Tells the volunteers (residents who applied to a call) who were not drawn that the draw took place, as their
     * candidacy's acknowledgement promised; they stay in the reserve order, called upon if a drawn person declines.
     */
    private void tellVolunteers(CouncilDraw d) {
        java.util.Set<Long> drawn = councilService.drawnPoolIds(d.getId());
        fr.agora.shared.service.BundleTexts t = new fr.agora.shared.service.BundleTexts("candidacy", Locale.FRENCH);
        String page = publicUrl + "/conseils/" + d.getCouncil().getSlug() + "/tirage";
        int told = 0;
        for (PoolPerson p : people.findByDrawIdOrderById(d.getId())) {
            if (!drawn.contains(p.getId()) && !p.getEmail().isEmpty()
                    && List.of(p.getSources().split(",")).contains(PoolSource.VOLUNTEER.name())) {
                mail.send(p.getEmail(), t.get("draw.mail.volunteer.subject", d.getCouncil().getName()),
                        t.get("draw.mail.volunteer.body", p.getFirstName() + " " + p.getLastName(),
                                d.getCouncil().getName(), page));
                told++;
            }
        }
        if (told > 0) {
            audit.record("DRAW_VOLUNTEERS_TOLD", "council_draw", d.getId(), Map.of("volunteers", told));
        }
    }

    /** Tells a drawn person by e-mail, when the pool has an address; the others get a letter from staff. */
    private void invite(CouncilDraw d, PoolPerson p, LocalDate deadline) {
        if (!p.getEmail().isEmpty()) {
            fr.agora.shared.service.BundleTexts t = new fr.agora.shared.service.BundleTexts("council", Locale.FRENCH);
            mail.send(p.getEmail(), t.get("draw.mail.subject", d.getCouncil().getName()), t.get("draw.mail.body",
                    p.getFirstName() + " " + p.getLastName(), d.getCouncil().getName(), deadline.toString()));
        }
    }

    /** The drawn members of a draw with their answers, for the operator. */
    @PreAuthorize(OPERATOR)
    @Transactional(readOnly = true)
    public List<MemberData> drawnMembers(long drawId) {
        load(drawId);
        return councilService.drawnMembers(drawId);
    }

    /**
     * Records a drawn person's answer. A refusal, or a person who could not be reached by the deadline, is replaced
     * on the same seat and position by the next person of the reserve (in the draw's published order) of the same
     * sex, so that parity holds; people already drawn or whose data were erased are skipped.
     */
    @PreAuthorize(OPERATOR)
    @Transactional
    public void respond(long memberId, fr.agora.council.domain.CouncilMember.Response answer) {
        MemberData m = councilService.drawnMember(memberId);
        if (answer == fr.agora.council.domain.CouncilMember.Response.ACCEPTED) {
            councilService.accept(memberId);
            return;
        }
        if (answer == null || answer == fr.agora.council.domain.CouncilMember.Response.PENDING) {
            throw new BusinessException("draw.error.answer");
        }
        long drawId = councilService.drawOf(memberId);
        CouncilDraw d = lock(drawId);
        DrawRecord r = DrawRecord.parse(d.getRecordJson().getBytes(StandardCharsets.UTF_8));
        Map<String, PoolPerson> byId = people.findByDrawIdOrderById(drawId).stream()
                .collect(Collectors.toMap(p -> String.valueOf(p.getId()), p -> p));
        Set<Long> used = councilService.drawnPoolIds(drawId);
        String sex = byId.get(String.valueOf(councilService.poolPersonOf(memberId))).getSex();
        PoolPerson next = r.reserve().stream().map(byId::get)
                .filter(p -> p != null && !used.contains(p.getId()) && !p.isErased() && p.getSex().equals(sex))
                .findFirst().orElse(null);
        LocalDate deadline = LocalDate.now(clock).plusDays(settings.responseDays());
        councilService.replaceDrawn(memberId, answer, next == null ? null : appointment(next),
                next == null ? null : next.getId(), deadline);
        if (next != null) {
            invite(d, next, deadline);
        }
        audit.record("DRAW_RESPONSE", "council_draw", drawId, Map.of("member", m.id(), "answer", answer.name(),
                "replacement", next == null ? "aucune" : String.valueOf(next.getId())));
    }

    private static fr.agora.council.service.Appointment appointment(PoolPerson p) {
        return new Appointment(p.getFirstName() + " " + p.getLastName(), null,
                p.getEmail().isEmpty() ? null : p.getEmail(), p.getPhone().isEmpty() ? null : p.getPhone(), false);
    }

    private List<Person> panelPeople(CouncilDraw d, List<Person> pool) {
        DrawRecord r = DrawRecord.parse(d.getRecordJson().getBytes(StandardCharsets.UTF_8));
        Set<String> ids = Set.copyOf(r.panel());
        return pool.stream().filter(p -> ids.contains(p.id())).toList();
    }

    private static Map<String, Map<String, Long>> count(List<Person> persons) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String c : CATEGORIES) {
            counts.put(c, persons.stream().collect(Collectors.groupingBy(p -> p.features().get(c), TreeMap::new,
                    Collectors.counting())));
        }
        return counts;
    }

    private List<QuotaLine> lines(CouncilDraw d, List<Quota> quotas) {
        List<Person> pool = pool(d);
        Map<String, Map<String, Long>> poolCounts = count(pool);
        Map<String, Map<String, Long>> achieved = d.getRecordJson() == null ? null : count(panelPeople(d, pool));
        return quotas.stream().map(q -> new QuotaLine(q.category(), q.value(), q.min(), q.max(),
                q.minFlex() == q.min() && q.maxFlex() == q.max(),
                poolCounts.getOrDefault(q.category(), Map.of()).getOrDefault(q.value(), 0L),
                achieved == null ? null : achieved.getOrDefault(q.category(), Map.of()).getOrDefault(q.value(), 0L).intValue()))
                .toList();
    }

    private List<Quota> suggested(CouncilDraw d) {
        int k = d.getPanelSize();
        List<Person> pool = pool(d);
        if (pool.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Long>> counts = count(pool);
        List<Quota> quotas = new ArrayList<>();
        for (String value : counts.get("sex").keySet()) {
            int n = value.equals("unstated") ? 0 : k / 2;
            quotas.add(new Quota("sex", value, n, n, n, n));
        }
        for (String category : List.of("age", "eu")) {
            for (Map.Entry<String, Long> e : counts.get(category).entrySet()) {
                double share = (double) e.getValue() / pool.size() * k;
                int min = (int) Math.floor(share);
                int max = (int) Math.ceil(share);
                boolean favoured = (category.equals("age") && e.getKey().equals(AgeBands.DEFAULT.labels().get(0)))
                        || (category.equals("eu") && e.getKey().equals(value(EuStatus.NON_EU)));
                if (favoured) {
                    min = max;
                    max = k;
                }
                if (category.equals("eu") && e.getKey().equals(value(EuStatus.UNKNOWN))) {
                    min = 0;
                    max = k;
                }
                quotas.add(Quota.of(category, e.getKey(), Math.min(min, e.getValue().intValue()),
                        Math.min(max, e.getValue().intValue()), k));
            }
        }
        return quotas;
    }

    private static List<Quota> toQuotas(CouncilDraw d, List<QuotaLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new BusinessException("draw.error.quotas");
        }
        int k = d.getPanelSize();
        List<Quota> quotas = new ArrayList<>();
        for (QuotaLine l : lines) {
            if (!CATEGORIES.contains(l.category()) || l.min() < 0 || l.max() < l.min() || l.max() > k) {
                throw new BusinessException("draw.error.quota", l.category() + "=" + l.value());
            }
            // parity stays hard whatever the form sends
            boolean hard = l.category().equals("sex");
            quotas.add(hard ? new Quota(l.category(), l.value(), l.min(), l.max(), l.min(), l.max())
                    : Quota.of(l.category(), l.value(), l.min(), l.max(), k));
        }
        return quotas;
    }

    /** The pool as the engine sees it, in the committed order (by database id). */
    private List<Person> pool(CouncilDraw d) {
        List<Person> pool = new ArrayList<>();
        for (PoolPerson p : people.findByDrawIdOrderById(d.getId())) {
            pool.add(new Person(String.valueOf(p.getId()), Map.of("sex", value(Sex.valueOf(p.getSex())),
                    "age", p.getAgeBand(), "eu", value(EuStatus.valueOf(p.getEu()))), null));
        }
        return pool;
    }

    private SortitionInstance instance(CouncilDraw d, List<Quota> quotas) {
        return new SortitionInstance(pool(d), quotas, d.getPanelSize());
    }

    private SortitionInstance checkedInstance(CouncilDraw d) {
        SortitionInstance instance = instance(d, readQuotas(d.getQuotasJson()));
        if (!Commitment.of(instance).equals(d.getCommitment())) {
            throw new IllegalStateException("the frozen pool no longer matches its commitment: draw " + d.getId());
        }
        return instance;
    }

    static String value(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String writeQuotas(List<Quota> quotas) {
        return quotas.stream().map(q -> String.join(";", q.category(), q.value(), String.valueOf(q.min()),
                String.valueOf(q.max()), String.valueOf(q.minFlex()), String.valueOf(q.maxFlex())))
                .collect(Collectors.joining("\n"));
    }

    private static List<Quota> readQuotas(String text) {
        return Arrays.stream(text.split("\n")).map(l -> l.split(";")).map(f -> new Quota(f[0], f[1],
                Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]))).toList();
    }

    private static PoolEntry entry(PoolPerson p) {
        Set<PoolSource> sources = EnumSet.noneOf(PoolSource.class);
        for (String s : p.getSources().split(",")) {
            if (!s.isBlank()) {
                sources.add(PoolSource.valueOf(s));
            }
        }
        return new PoolEntry(p.getPersonKey(), p.getLastName(), p.getFirstName(), Sex.valueOf(p.getSex()), p.getAgeBand(),
                EuStatus.valueOf(p.getEu()), p.getSubArea(), p.getPostalAddress(), p.getEmail(), p.getPhone(), sources);
    }

    private static PoolFile parse(String fileName, byte[] bytes) {
        try {
            return PoolFile.parse(safe(fileName), bytes, PoolLimits.DEFAULT);
        } catch (PoolImportException e) {
            throw new BusinessException(e.key(), e.args());
        }
    }

    private static String safe(String fileName) {
        String n = fileName == null ? "fichier.csv" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    private void refuse(CouncilDraw d, String action, String reason) {
        audit.recordRefusal(CurrentUser.actor(), action, "council_draw", d.getId(), Map.of("reason", reason,
                "status", d.getStatus().name()));
    }

    private CouncilDraw load(long drawId) {
        return draws.findById(drawId).orElseThrow(() -> new BusinessException("council.error.not-found"));
    }

    private CouncilDraw lock(long drawId) {
        return draws.findForUpdate(drawId).orElseThrow(() -> new BusinessException("council.error.not-found"));
    }

    private DrawData data(CouncilDraw d) {
        DrawRecord r = d.getRecordJson() == null ? null : DrawRecord.parse(d.getRecordJson().getBytes(StandardCharsets.UTF_8));
        Council c = d.getCouncil();
        return new DrawData(d.getId(), c.getId(), c.getName(), c.getSlug(), d.getStatus(), d.getSeats(), d.getPanelSize(),
                people.countByDrawId(d.getId()), d.getCommitment(), d.getFrozenAt(), d.getLeximinMin(), d.getLeximinMax(),
                d.getLegacyMin(), d.getComputeSeconds(), d.getEntropy(), d.getWitnesses(), r == null ? null : r.seed(),
                r == null ? null : r.number(), r == null ? null : r.engine(), d.getDrawnAt());
    }
}
