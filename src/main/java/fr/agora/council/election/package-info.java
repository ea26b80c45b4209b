/**
 * Élection propre aux associations (DOMAIN.md §1.6, §7 C.11): the tally of the optional election among the
 * volunteer associations of a territory, as plain Java that anyone can re-run from the published ballots, seats,
 * tie-break rule and seed. No Spring, no JPA.
 */
package fr.agora.council.election;
