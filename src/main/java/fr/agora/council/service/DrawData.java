package fr.agora.council.service;

import fr.agora.council.domain.DrawStatus;
import java.time.Instant;

/**
 * A draw as operators and the public see it (no personal data).
 *
 * @param poolSize   people in the pool
 * @param number     the lottery number drawn, or null before the draw
 * @param seed       the draw seed (hex), or null before the draw
 */
public record DrawData(long id, long councilId, String councilName, String councilSlug, DrawStatus status, int seats,
        int panelSize, long poolSize, String commitment, Instant frozenAt, Double leximinMin, Double leximinMax,
        Double legacyMin, Double computeSeconds, String entropy, String witnesses, String seed, Integer number,
        String engine, Instant drawnAt) {
}
