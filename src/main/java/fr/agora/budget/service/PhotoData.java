package fr.agora.budget.service;

/** A proposal's photo, without its content. */
public record PhotoData(long id, long proposalId, int width, int height) {
}
