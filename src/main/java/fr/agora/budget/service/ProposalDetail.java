package fr.agora.budget.service;

import fr.agora.budget.domain.Channel;
import fr.agora.budget.domain.HolderKind;
import fr.agora.budget.domain.ProposalStatus;
import fr.agora.shared.domain.GeoPoint;
import java.util.List;

/**
 * A proposal's page: its content, photos, costs, reasons and history, and what the reader may do.
 *
 * @param hiddenReason     shown to holders and moderators only
 * @param changesRequested shown to holders and moderators only
 * @param holder           the reader holds it
 * @param editable         the reader may edit it now (holder, dépôt open, not reviewed)
 */
public record ProposalDetail(ProposalSummary summary, long editionId, String editionTitle, String description,
        HolderKind holderKind, Channel channel, Long estimatedEuros, Long serviceEuros, String reviewReasons,
        String reviewScope, String commissionReason, Long mergedIntoId, String mergedIntoTitle, GeoPoint location,
        List<PhotoData> photos, List<HistoryLine> history, String hiddenReason, String changesRequested, boolean holder,
        boolean editable, boolean following, boolean canFollow, boolean canFlag, boolean signedIn) {

    public long id() {
        return summary.id();
    }

    public String title() {
        return summary.title();
    }

    public ProposalStatus status() {
        return summary.status();
    }
}
