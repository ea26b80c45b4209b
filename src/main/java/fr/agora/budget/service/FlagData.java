package fr.agora.budget.service;

import java.time.Instant;

/** An open flag, for moderators. */
public record FlagData(long id, long proposalId, String proposalTitle, String reason, Instant at) {
}
