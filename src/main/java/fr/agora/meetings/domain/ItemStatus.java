package fr.agora.meetings.domain;

public enum ItemStatus {
    OPEN, IN_PROGRESS, CLOSED
}
