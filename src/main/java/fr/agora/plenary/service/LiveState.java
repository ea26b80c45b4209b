package fr.agora.plenary.service;

import fr.agora.plenary.domain.SessionStatus;

/**
 * What every screen of the session shows: the quorum and the current motion (the open one, else the last closed),
 * read from the database. Nothing in it says who voted what in a secret motion.
 *
 * @param motion null before the first motion
 */
public record LiveState(long plenaryId, String title, SessionStatus session, Quorum quorum, MotionData motion) {
}
