package fr.agora.plenary.service;

import fr.agora.plenary.domain.MotionKind;
import fr.agora.plenary.domain.MotionStatus;
import fr.agora.voting.Majority;
import fr.agora.voting.Secrecy;
import java.time.Instant;
import java.util.List;

/**
 * A motion with its count: live while open (the voting core's LIVE tally), final once closed.
 *
 * @param names the voters' names and choices of a closed OPEN motion (never for a secret one)
 */
public record MotionData(long id, MotionKind kind, String title, String text, Secrecy secrecy, Majority majority,
        MotionStatus status, Instant closesAt, long pour, long contre, long abstentions, long ballots, long registered,
        Boolean adopted, List<NamedVote> names) {

    /** A name and a choice ({@code POUR}, {@code CONTRE}, {@code ABSTENTION}) of an open motion. */
    public record NamedVote(String name, String choice) {
    }
}
