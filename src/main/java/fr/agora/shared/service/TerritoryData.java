package fr.agora.shared.service;

import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.TerritoryKind;
import java.time.LocalDate;

/** A territory as views show and edit it. {@code id} is {@code null} for a new one. */
public record TerritoryData(Long id, String code, TerritoryKind kind, String name, Long parentId, String parentName,
        Integer population, Integer populationYear, LocalDate validFrom, LocalDate validTo, GeoPoint centre,
        String polygonGeoJson, String source, boolean demo) {
}
