/**
 * Meetings and what hangs off them (agenda, contributions, answers, attendance, decisions, minutes), visites de
 * proximité and consultations before works. Entities refuse illegal transitions with a {@code BusinessException}
 * whose key the views translate.
 */
package fr.agora.meetings.domain;
