package fr.agora.council.service;

import fr.agora.council.domain.CouncilTime;
import fr.agora.shared.domain.Territory;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The territories the councils refer to (QPV, comités de quartier), read through {@code shared}'s
 * {@link TerritoryService} rather than its repository: the ones in force today in Amiens, by code. A council keeps a
 * reference to the territory's row, not a copy.
 */
@Component
class Territories {

    private final TerritoryService territories;
    private final EntityManager entities;
    private final Clock clock;

    Territories(TerritoryService territories, EntityManager entities, Clock clock) {
        this.territories = territories;
        this.entities = entities;
        this.clock = clock;
    }

    /** The territory of this kind and code in force today, if any. */
    Optional<Territory> current(TerritoryKind kind, String code) {
        return territories.validOn(kind, CouncilTime.today(clock)).stream().filter(t -> t.code().equals(code))
                .findFirst().map(t -> entities.getReference(Territory.class, t.id()));
    }

    /**
     * The reference population of these territories in force today (the sum of their figures) with the latest year
     * of those figures, or empty when one of them has no figure.
     */
    Optional<int[]> referencePopulation(TerritoryKind kind, java.util.Collection<String> codes) {
        java.util.List<TerritoryData> chosen = territories.validOn(kind, CouncilTime.today(clock)).stream()
                .filter(t -> codes.contains(t.code())).toList();
        if (chosen.isEmpty() || chosen.size() != codes.size() || chosen.stream().anyMatch(t -> t.population() == null)) {
            return Optional.empty();
        }
        int sum = chosen.stream().mapToInt(TerritoryData::population).sum();
        int year = chosen.stream().map(TerritoryData::populationYear).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0);
        return Optional.of(new int[] {sum, year});
    }

    /** The territories of this kind in force today, code to name, for a form. */
    Map<String, String> choices(TerritoryKind kind) {
        return territories.validOn(kind, CouncilTime.today(clock)).stream()
                .collect(Collectors.toMap(TerritoryData::code, TerritoryData::name, (a, b) -> a, LinkedHashMap::new));
    }
}
