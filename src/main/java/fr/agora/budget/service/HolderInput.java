package fr.agora.budget.service;

import fr.agora.budget.domain.HolderKind;
import java.util.List;

/**
 * Who carries a new proposal.
 *
 * @param name           the association's or collective's name (a class's comes from its account)
 * @param classAccountId the class account, for {@link HolderKind#CLASS}
 * @param coHolders      e-mails of other signed-up residents who carry it too (a collective)
 */
public record HolderInput(HolderKind kind, String name, Long classAccountId, List<String> coHolders) {

    public static HolderInput resident() {
        return new HolderInput(HolderKind.RESIDENT, null, null, List.of());
    }
}
