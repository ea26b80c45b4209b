package fr.agora.comites;

import java.util.List;
import java.util.Optional;

/**
 * What other modules (meetings) read of the comités de quartier: the comités in force, their members and which
 * comité a signed-in officer manages. Read-only.
 */
public interface ComiteRegistry {

    /** A comité de quartier in force, with where it meets. */
    record ComiteEntry(long id, String code, String name, Long secteurId, String secteurName, String premises,
            boolean demo) {
    }

    /** A member of a comité; {@code voting} members count for the quorum. */
    record ComiteMemberEntry(long id, long comiteId, String fullName, String email, String phone,
            boolean shareContact, boolean voting) {
    }

    /** The comités in force today, by name. */
    List<ComiteEntry> comites();

    /** One comité (territory id), in force or not. */
    Optional<ComiteEntry> comite(long id);

    /** The comité's members, by name. */
    List<ComiteMemberEntry> members(long comiteId);

    /** The comité whose officer the account is (the comité de quartier of their account), if any. */
    Optional<Long> officerComite(String email);
}
