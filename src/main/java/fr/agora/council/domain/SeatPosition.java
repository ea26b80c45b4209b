package fr.agora.council.domain;

/** Each seat has a titulaire and a suppléant. */
public enum SeatPosition {
    TITULAIRE, SUPPLEANT
}
