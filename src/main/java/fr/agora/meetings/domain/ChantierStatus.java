package fr.agora.meetings.domain;

public enum ChantierStatus {
    OPEN, CLOSED
}
