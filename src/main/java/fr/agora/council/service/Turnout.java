package fr.agora.council.service;

/** How many code holders have voted, out of how many. */
public record Turnout(long voted, long registered) {
}
