package fr.agora.plenary.domain;

public enum MotionStatus {
    DRAFT, OPEN, CLOSED
}
