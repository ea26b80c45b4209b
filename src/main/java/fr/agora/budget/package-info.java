/**
 * Budget participatif (DOMAIN.md §4, §7 H): editions and their envelopes and phases, proposals from residents,
 * associations, collectives and classes, moderation, feasibility review by the city's services and the commission
 * citoyenne. The root package is the module's API: what the vote (issue 17) and other modules may read.
 */
package fr.agora.budget;
