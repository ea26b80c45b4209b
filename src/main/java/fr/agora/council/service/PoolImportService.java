package fr.agora.council.service;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CandidacyCampaign;
import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.CouncilTime;
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
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.sortition.io.Csv;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an open draw's pool from its sources: files (RIL, electoral lists, HLM...) and the residents' candidacies of
 * a call. Every row is validated first; the people are minimised ({@link PoolRowReader}) and merged across sources
 * ({@link Deduplicator}). Once the draw is frozen, the pool is refused any change ({@link CouncilDraw#checkPoolOpen}).
 */
@Service
public class PoolImportService {

    private static final List<String> CANDIDACY_HEADER = List.of("nom", "prenom", "date de naissance", "sexe",
            "adresse", "code postal", "nationalite", "email", "telephone");

    private final DrawStore store;
    private final PoolPersonRepository people;
    private final PoolImportRepository imports;
    private final CampaignService campaigns;
    private final CandidacyService candidacies;
    private final AuditService audit;
    private final Clock clock;

    PoolImportService(DrawStore store, PoolPersonRepository people, PoolImportRepository imports,
            CampaignService campaigns, CandidacyService candidacies, AuditService audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.imports = imports;
        this.campaigns = campaigns;
        this.candidacies = candidacies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads a file's header and suggests a mapping; nothing is stored. */
    @PreAuthorize(DrawService.OPERATOR)
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
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional
    public ImportReport importFile(long drawId, PoolSource source, String fileName, byte[] bytes,
            Map<PoolField, Integer> mapping) {
        CouncilDraw d = store.lock(drawId);
        store.guarded(d, "DRAW_IMPORT", CouncilDraw::checkPoolOpen);
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
        return importParsed(d, source, fileName, file, columns, null);
    }

    /**
     * Adds the residents' candidacies of a call for candidacies of the same council to an open draw's pool, as the
     * VOLUNTEER source: they go through the same validation, minimisation and deduplication as any file, so a
     * volunteer also listed by the HLM file appears once with both source tags.
     */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional
    public ImportReport importCandidacies(long drawId, long campaignId) {
        CouncilDraw d = store.lock(drawId);
        store.guarded(d, "DRAW_IMPORT", CouncilDraw::checkPoolOpen);
        CandidacyCampaign campaign = campaigns.campaignEntity(campaignId);
        if (campaign.getKind() != CampaignKind.HABITANT
                || !campaign.getCouncil().getId().equals(d.getCouncil().getId())) {
            audit.recordRefusal(CurrentUser.actor(), "DRAW_IMPORT", "council_draw", drawId,
                    Map.of("reason", "campaign of another council or kind", "status", d.getStatus().name()));
            throw new BusinessException("draw.error.campaign");
        }
        List<Csv.Row> rows = new ArrayList<>();
        int line = 2;
        for (Candidacy c : candidacies.standingResidents(campaignId)) {
            rows.add(new Csv.Row(line++, new String[] {c.getLastName(), c.getFirstName(),
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
        PoolFile file = new PoolFile(name, StandardCharsets.UTF_8, ';', CANDIDACY_HEADER, rows);
        ColumnMapping columns;
        try {
            columns = ColumnMapping.of(ColumnMapping.guess(CANDIDACY_HEADER), CANDIDACY_HEADER.size());
        } catch (PoolImportException e) {
            throw new IllegalStateException("candidacy columns not recognised", e);
        }
        return importParsed(d, PoolSource.VOLUNTEER, name, file, columns, campaignId);
    }

    /**
     * Removes a source from an open draw's pool (a wrong file, a source that should not have been used): people who
     * came only from it leave the pool, the others lose its tag, and its import traces go. Refused once frozen.
     *
     * @return how many people left the pool
     */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional
    public int removeSource(long drawId, PoolSource source) {
        CouncilDraw d = store.lock(drawId);
        store.guarded(d, "DRAW_SOURCE_REMOVED", CouncilDraw::checkPoolOpen);
        if (source == null) {
            throw new BusinessException("draw.error.source");
        }
        int removed = 0;
        int kept = 0;
        for (PoolPerson p : people.findByDrawIdOrderById(drawId)) {
            if (!List.of(p.getSources().split(",")).contains(source.name())) {
                continue;
            }
            if (p.removeSource(source.name())) {
                kept++;
            } else {
                people.delete(p);
                removed++;
            }
        }
        imports.deleteByDrawIdAndSource(drawId, source.name());
        audit.record("DRAW_SOURCE_REMOVED", "council_draw", drawId, Map.of("source", source.name(), "removed", removed,
                "kept", kept));
        return removed;
    }

    /**
     * Empties an open draw's pool, to start the imports again. Refused once frozen.
     *
     * @return how many people left the pool
     */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional
    public long resetPool(long drawId) {
        CouncilDraw d = store.lock(drawId);
        store.guarded(d, "DRAW_POOL_RESET", CouncilDraw::checkPoolOpen);
        long removed = people.deleteByDrawId(drawId);
        imports.deleteByDrawId(drawId);
        audit.record("DRAW_POOL_RESET", "council_draw", drawId, Map.of("removed", removed));
        return removed;
    }

    /** The imported files of a draw. */
    @PreAuthorize(DrawService.OPERATOR)
    @Transactional(readOnly = true)
    public List<PoolImport> importsOf(long drawId) {
        return imports.findByDrawIdOrderByImportedAt(drawId);
    }

    private ImportReport importParsed(CouncilDraw d, PoolSource source, String fileName, PoolFile file,
            ColumnMapping columns, Long campaignId) {
        long drawId = d.getId();
        LocalDate day = CouncilTime.today(clock);
        PoolRowReader.Result read = new PoolRowReader(day, AgeBands.DEFAULT).read(file, columns, source);
        if (!read.rejected().isEmpty()) {
            audit.recordRefusal(CurrentUser.actor(), "DRAW_IMPORT", "council_draw", drawId, Map.of("file", safe(fileName),
                    "source", source.name(), "rejected", read.rejected().size(), "firstLine", read.rejected().get(0).line()));
            return new ImportReport(false, file.rows().size(), 0, List.of(), read.leftOut(), read.rejected(), List.of());
        }
        List<PoolPerson> existing = people.findByDrawIdOrderById(drawId);
        Map<String, PoolPerson> byKey = existing.stream().collect(Collectors.toMap(PoolPerson::getPersonKey, p -> p));
        Deduplicator dedup = new Deduplicator(d.getPersonKeySecret(), day, AgeBands.DEFAULT);
        Deduplicator.Result merged = dedup.merge(existing.stream().map(PoolImportService::entry).toList(), read.accepted());
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
        PoolImport trace = new PoolImport(d, source.name(), safe(fileName), file.rows().size(), merged.added(),
                mergedCount, read.leftOut().size(), CurrentUser.actor(), clock.instant());
        imports.save(campaignId == null ? trace : trace.fromCall(campaignId));
        audit.record("DRAW_IMPORT", "council_draw", drawId, Map.of("file", safe(fileName), "source", source.name(),
                "rows", file.rows().size(), "added", merged.added(), "merged", mergedCount, "leftOut", read.leftOut().size(),
                "unknownNationality", read.notices().size()));
        return new ImportReport(true, file.rows().size(), merged.added(), merged.merges(), read.leftOut(), List.of(),
                read.notices());
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
}
