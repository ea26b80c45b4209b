package fr.agora.council.service;

import fr.agora.council.domain.Council;
import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.CouncilDrawRepository;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import fr.agora.sortition.draw.DrawRecord;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * What the draw's services share: loading a draw (locked when it changes), running one of its transitions with the
 * refusal audited, and describing it without personal data.
 */
@Component
class DrawStore {

    private final CouncilDrawRepository draws;
    private final PoolPersonRepository people;
    private final AuditService audit;

    DrawStore(CouncilDrawRepository draws, PoolPersonRepository people, AuditService audit) {
        this.draws = draws;
        this.people = people;
        this.audit = audit;
    }

    CouncilDraw load(long drawId) {
        return draws.findById(drawId).orElseThrow(() -> new BusinessException("council.error.not-found"));
    }

    /** The draw, locked for the rest of the transaction: two operators cannot move it at once. */
    CouncilDraw lock(long drawId) {
        return draws.findForUpdate(drawId).orElseThrow(() -> new BusinessException("council.error.not-found"));
    }

    /** Saves a draw after a transition, which publishes the events it registered. */
    CouncilDraw save(CouncilDraw d) {
        return draws.save(d);
    }

    /**
     * Runs a transition of the draw; when the draw refuses it, the refusal is audited (who, which step, why) before
     * the exception goes on to the caller.
     */
    void guarded(CouncilDraw d, String action, Consumer<CouncilDraw> transition) {
        try {
            transition.accept(d);
        } catch (BusinessException e) {
            audit.recordRefusal(CurrentUser.actor(), action, "council_draw", d.getId(), Map.of("reason",
                    e.getMessageKey(), "status", d.getStatus().name()));
            throw e;
        }
    }

    DrawData data(CouncilDraw d) {
        DrawRecord r = d.getRecordJson() == null ? null
                : DrawRecord.parse(d.getRecordJson().getBytes(StandardCharsets.UTF_8));
        Council c = d.getCouncil();
        return new DrawData(d.getId(), c.getId(), c.getName(), c.getSlug(), d.getStatus(), d.getSeats(), d.getPanelSize(),
                people.countByDrawId(d.getId()), d.getCommitment(), d.getFrozenAt(), d.getLeximinMin(), d.getLeximinMax(),
                d.getLegacyMin(), d.getComputeSeconds(), d.getEntropy(), d.getWitnesses(), r == null ? null : r.seed(),
                r == null ? null : r.number(), r == null ? null : r.engine(), d.getDrawnAt());
    }
}
