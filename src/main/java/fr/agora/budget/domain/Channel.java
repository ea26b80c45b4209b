package fr.agora.budget.domain;

/** How a proposal reached the city: online, or entered by staff or a partner for a resident who came in person. */
public enum Channel {
    ONLINE, IN_PERSON, PAPER
}
