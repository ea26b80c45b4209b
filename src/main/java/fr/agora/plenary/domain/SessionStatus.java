package fr.agora.plenary.domain;

public enum SessionStatus {
    PLANNED, OPEN, CLOSED
}
