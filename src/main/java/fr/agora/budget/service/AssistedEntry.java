package fr.agora.budget.service;

import fr.agora.budget.domain.Channel;

/**
 * A proposal brought in person (centre social, mairie annexe) or on paper, entered by staff or a partner.
 *
 * @param residentName  the resident's name, as they wish it shown
 * @param residentEmail their e-mail, if they have one: with an account, they become a holder and can edit
 */
public record AssistedEntry(Channel channel, String place, String residentName, String residentEmail) {
}
