package fr.agora.plenary.service;

/** A conseil's representatives counted per collège, for the staff screen of the invitation list. */
public record CouncilStatus(long councilId, String councilName, int habitants, int associations, int comop) {

    /** Whether both collèges have exactly three representatives (the rule of the invitation list). */
    public boolean complete() {
        return habitants == 3 && associations == 3;
    }
}
