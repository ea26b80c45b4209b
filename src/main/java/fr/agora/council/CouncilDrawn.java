package fr.agora.council;

import java.time.Instant;

/**
 * A council's Collège Habitants was drawn: the sealed record is public (its seed re-derives the panel) and the drawn
 * people are appointed, provisionally, awaiting their answers.
 *
 * @param drawId the draw
 * @param councilId the council whose seats were drawn
 * @param seats the seats drawn (each with a titulaire and a suppléant)
 * @param seed the draw's public seed
 * @param drawnAt when the draw took place
 */
public record CouncilDrawn(long drawId, long councilId, int seats, String seed, Instant drawnAt) {
}
