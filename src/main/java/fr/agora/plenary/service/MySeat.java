package fr.agora.plenary.service;

/**
 * The signed-in person's seat in the session.
 *
 * @param representativeId null when the person is not invited (nor a suppléant allowed to stand in)
 * @param checkedIn        whether they are checked in (for the seat)
 * @param voted            whether they have voted on the open motion
 * @param motionOpen       whether a motion is open
 */
public record MySeat(Long representativeId, String name, boolean checkedIn, boolean voted, boolean motionOpen) {

    public boolean canVote() {
        return checkedIn && motionOpen && !voted;
    }
}
