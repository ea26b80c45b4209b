package fr.agora.meetings.domain;

public enum AvisStatus {
    PENDING, PUBLISHED, REJECTED
}
