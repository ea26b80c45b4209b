/** Budget participatif, domain: editions, envelopes, phases, proposals and their rules (internal). */
package fr.agora.budget.domain;
