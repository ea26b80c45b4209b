package fr.agora.council.service;

import java.time.LocalDate;

/**
 * How a paper or in-person candidacy reached the city: the day it was received (within the campaign) and the
 * contract partner who received it (DOMAIN.md §7 item 9).
 */
public record AssistedEntry(LocalDate receivedOn, String receivedBy) {
}
