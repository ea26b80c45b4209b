package fr.agora.walks.service;

/** An account enrolled on a walk. Staff only: the public never sees who walked. */
public record ParticipantData(long userId, String displayName, String email) {
}
