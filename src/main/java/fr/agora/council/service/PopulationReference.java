package fr.agora.council.service;

/**
 * The territories' reference population of the QPV a council covers (the sum of their figures), which the council
 * form starts from; a different population is recorded as an override.
 *
 * @param year the latest year of the figures summed
 */
public record PopulationReference(int population, int year) {
}
