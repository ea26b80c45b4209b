package fr.agora.voting;

/** How many registered voters have voted, and by which channel: counts only. */
public record Turnout(long registered, long online, long paper) {

    public long voted() {
        return online + paper;
    }
}
