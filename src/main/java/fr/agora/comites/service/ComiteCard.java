package fr.agora.comites.service;

/**
 * A comité as the public directory shows it.
 *
 * @param perimeterGeoJson the comité's outline, or null when none was drawn yet
 */
public record ComiteCard(long id, String code, String name, Long secteurId, String secteurName, String maireAdjoint,
        String associativeStatus, String president, String contactEmail, String contactPhone, String premises,
        String perimeterGeoJson, Double lat, Double lon, boolean demo) {
}
