package fr.agora.council.service;

import java.time.Instant;

/**
 * A comité de quartier linked to a council's territory, with its current membres de droit.
 *
 * @param designation the active designation, or null while the comité has designated nobody
 */
public record LinkedComite(String code, String name, String linkedBy, Instant linkedAt,
        ComiteDesignationData designation) {
}
