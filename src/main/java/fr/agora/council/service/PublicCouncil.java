package fr.agora.council.service;

import java.util.List;
import java.util.Map;

/**
 * A council as anyone may see it: members by name only when official and consenting, otherwise counted.
 *
 * @param namedMembers    official members who consented to be shown
 * @param countsByCollege active members per collège name (all of them, named or not)
 */
public record PublicCouncil(CouncilData council, List<MemberData> namedMembers, Map<String, Long> countsByCollege) {
}
