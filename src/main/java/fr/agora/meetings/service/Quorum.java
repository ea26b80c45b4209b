package fr.agora.meetings.service;

/**
 * The quorum of a meeting at a moment: voting members of the body, voting members present (a suppléant counts when
 * their titulaire is not there), and how many the body's rule requires.
 */
public record Quorum(int votingMembers, int votingPresent, int required, int percentRule) {

    public boolean met() {
        return votingPresent > 0 && votingPresent >= required;
    }
}
