package fr.agora.plenary.service;

/** The quorum of the session: present seats against the share of the invited. */
public record Quorum(int invited, int present, int required, int percent) {

    public boolean met() {
        return present >= required;
    }
}
