package fr.agora.walks.service;

import fr.agora.walks.domain.ModerationStatus;

/**
 * A moderator's decision on a pin.
 *
 * @param decision PUBLISHED or REJECTED
 * @param hideText publish the pin without its text
 * @param internal only staff and partners see the pin (a security hotspot)
 * @param note     a note for staff (why it was rejected or altered)
 */
public record ModerationDecision(ModerationStatus decision, boolean hideText, boolean internal, String note) {
}
