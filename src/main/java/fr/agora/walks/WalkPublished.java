package fr.agora.walks;

import java.time.LocalDate;

/**
 * A marche exploratoire's public page went online for the first time (published by staff). Other modules react to
 * it with {@code @ApplicationModuleListener} (the plenary collects the year's walks; a council may show its
 * territory's walks).
 *
 * @param walkId        the walk
 * @param title         its title
 * @param territoryCode the code of its territory, such as {@code QPV-ETOUVIE}
 * @param date          the day it took place
 */
public record WalkPublished(long walkId, String title, String territoryCode, LocalDate date) {
}
