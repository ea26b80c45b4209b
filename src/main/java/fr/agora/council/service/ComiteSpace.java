package fr.agora.council.service;

import java.util.List;

/**
 * What a comité de quartier's officer sees: their comité and the councils it designates membres de droit to.
 *
 * @param comiteCode null when the officer's account names no comité de quartier
 * @param councils   the councils whose territory the comité's perimeter intersects, by name
 */
public record ComiteSpace(String comiteCode, String comiteName, List<CouncilEntry> councils) {

    /**
     * One council the comité designates to.
     *
     * @param designation the comité's current membres de droit, or null
     */
    public record CouncilEntry(long id, String name, List<String> territoryNames, ComiteDesignationData designation) {
    }
}
