package fr.agora.budget.domain;

/** The phases of an edition, in order (seed 004, L235: dépôt, analyse par les services, commission, then the vote). */
public enum Phase {
    DEPOT, ANALYSE, COMMISSION, VOTE, RESULTATS, REALISATION
}
