package fr.agora.shared.service;

import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.domain.TerritoryRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The territories reference data: read by everyone, edited by admins, versioned by validity dates. */
@Service
public class TerritoryService {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,63}$");

    private final TerritoryRepository territories;
    private final AuditService audit;
    private final Clock clock;

    TerritoryService(TerritoryRepository territories, AuditService audit, Clock clock) {
        this.territories = territories;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version of every territory. */
    @Transactional(readOnly = true)
    public List<TerritoryData> all() {
        return territories.findAllWithParent().stream().map(TerritoryService::data).toList();
    }

    /**
     * One territory, as an entity for a feature's association (a walk's territory); empty if unknown. Features read
     * territories through this service, never through the repository.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Territory> territory(long id) {
        return territories.findById(id);
    }

    /** The latest version of the territory with this code (such as {@code QPV-ETOUVIE}), if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<TerritoryData> latest(String code) {
        return code == null ? java.util.Optional.empty()
                : territories.findFirstByCodeOrderByValidFromDesc(code).map(TerritoryService::data);
    }

    /** Territories of a kind in force on a date (history keeps the geography of its time). */
    @Transactional(readOnly = true)
    public List<TerritoryData> validOn(TerritoryKind kind, LocalDate date) {
        return territories.findValidOn(kind, date).stream().map(TerritoryService::data).toList();
    }

    /** Today in the portal's zone: the day a new version of a territory starts by default. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Territories of a kind in force today. */
    @Transactional(readOnly = true)
    public List<TerritoryData> current(TerritoryKind kind) {
        return validOn(kind, LocalDate.now(clock));
    }

    /** The quartiers a resident can say they live in: current QPV, territoires de veille and comités. */
    @Transactional(readOnly = true)
    public List<TerritoryData> residenceChoices() {
        LocalDate today = LocalDate.now(clock);
        return java.util.stream.Stream.of(TerritoryKind.QPV, TerritoryKind.VEILLE, TerritoryKind.COMITE)
                .flatMap(k -> territories.findValidOn(k, today).stream())
                .map(TerritoryService::data)
                .sorted(java.util.Comparator.comparing(TerritoryData::name))
                .toList();
    }

    /** Creates or updates a territory. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public TerritoryData save(TerritoryData data) {
        String code = data.code() == null ? "" : data.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new BusinessException("territory.code-invalid");
        }
        if (data.name() == null || data.name().isBlank() || data.name().length() > 160) {
            throw new BusinessException("territory.name-required");
        }
        if (data.kind() == null || data.validFrom() == null) {
            throw new BusinessException("territory.kind-and-date-required");
        }
        Territory t;
        if (data.id() == null) {
            if (territories.existsByCodeAndValidFrom(code, data.validFrom())) {
                throw new BusinessException("territory.duplicate");
            }
            t = new Territory(code, data.kind(), data.name().strip(), data.validFrom());
        } else {
            t = territories.findById(data.id()).orElseThrow(() -> new BusinessException("territory.unknown"));
            t.setCode(code);
            t.setKind(data.kind());
            t.setName(data.name().strip());
        }
        try {
            t.setValidity(data.validFrom(), data.validTo());
            t.setPopulation(data.population(), data.populationYear());
            t.setCentre(data.centre());
            t.setParent(data.parentId() == null ? null
                    : territories.findById(data.parentId()).orElseThrow(() -> new BusinessException("territory.unknown")));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("territory.invalid", e.getMessage());
        }
        t.setSource(data.source() == null || data.source().isBlank() ? null : data.source().strip());
        t.setDemo(data.demo());
        territories.save(t);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("name", t.getName());
        details.put("validFrom", String.valueOf(t.getValidFrom()));
        details.put("validTo", String.valueOf(t.getValidTo()));
        details.put("population", String.valueOf(t.getPopulation()));
        audit.record(data.id() == null ? "TERRITORY_CREATED" : "TERRITORY_UPDATED", "territory", t.getId(), details);
        return data(t);
    }

    /** Replaces a territory's outline with a validated GeoJSON polygon (or removes it with {@code null}). */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public TerritoryData setPolygon(long id, String geoJson) {
        Territory t = territories.findById(id).orElseThrow(() -> new BusinessException("territory.unknown"));
        String normalised = geoJson == null ? null : GeoJsonValidator.validatePolygon(geoJson);
        t.setPolygonGeoJson(normalised);
        audit.record("TERRITORY_OUTLINE_SET", "territory", id,
                Map.of("bytes", normalised == null ? 0 : normalised.length()));
        return data(t);
    }

    static TerritoryData data(Territory t) {
        Territory p = t.getParent();
        return new TerritoryData(t.getId(), t.getCode(), t.getKind(), t.getName(), p == null ? null : p.getId(),
                p == null ? null : p.getName(), t.getPopulation(), t.getPopulationYear(), t.getValidFrom(),
                t.getValidTo(), t.getCentre(), t.getPolygonGeoJson(), t.getSource(), t.isDemo());
    }
}
