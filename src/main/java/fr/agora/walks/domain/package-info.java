/**
 * Marches exploratoires: the walk, its diagnostic pins (observations) and photos, the diagnostic grid, the
 * recommendations addressed to partner organisations with their public history, and revisit evaluations.
 * Entities guard their own state changes; rules that need other aggregates live in the services.
 */
package fr.agora.walks.domain;
