package fr.agora.council.election;

/** Who holds a one-time voting code in an association election. */
public enum ElectorateRule {
    /** One code per candidate association, sent to its contact (the default: one vote per candidate association). */
    ONE_PER_ASSOCIATION,
    /** Two codes per candidate association: one for its proposed titulaire, one for its suppléant. */
    ONE_PER_REPRESENTATIVE
}
