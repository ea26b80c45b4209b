package fr.agora.plenary.domain;

public enum MotionKind {
    AVIS, AMENDEMENT, DESIGNATION
}
