package fr.agora.voting;

/** How a voter voted: a registry mark by one channel shuts the other. */
public enum Channel {
    ONLINE,
    PAPER
}
