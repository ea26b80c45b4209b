package fr.agora.council.service;

import fr.agora.sortition.CancellationToken;
import fr.agora.sortition.InfeasibleQuotasException;
import fr.agora.sortition.Legacy;
import fr.agora.sortition.Leximin;
import fr.agora.sortition.ProgressListener;
import fr.agora.sortition.SortitionCancelledException;
import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.SortitionResult;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.CurrentUser;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Computes a frozen draw's LEXIMIN distribution (and LEGACY's minimum, for the fairness comparison) in the
 * background, one draw at a time. Progress is kept per draw, not per page: the operator can leave and come back,
 * and every open ceremony page follows it live. A computation can be cancelled; the draw then stays frozen.
 */
@Service
public class DrawComputations {

    /** Where a computation stands. */
    public enum State {
        RUNNING, DONE, FAILED, CANCELLED
    }

    /**
     * @param phase  the engine's phase
     * @param fixed  agents whose probability is final
     * @param agents pool size
     * @param error  message key when failed
     */
    public record Progress(long drawId, State state, ProgressListener.Phase phase, int panels, int fixed, int agents,
            String error) {

        /** Share of the work done, from 0 to 1 (agents fixed; 1 when done). */
        public double fraction() {
            return state == State.DONE ? 1 : agents == 0 ? 0 : Math.min(1, (double) fixed / agents);
        }
    }

    /** LEGACY draws for the fairness comparison. */
    static final int LEGACY_DRAWS = 2000;

    private static final Logger log = LoggerFactory.getLogger(DrawComputations.class);

    private final DrawService draws;
    private final AuditService audit;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "agora-leximin");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();
    private final Map<Long, CancellationToken> tokens = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<Progress>>> listeners = new ConcurrentHashMap<>();

    DrawComputations(DrawService draws, AuditService audit) {
        this.draws = draws;
        this.audit = audit;
    }

    /** Starts the computation of a frozen draw; refused when it is not frozen or already running. */
    @PreAuthorize(DrawService.OPERATOR)
    public Progress start(long drawId) {
        SortitionInstance instance = draws.frozenInstance(drawId);
        Progress current = progress.get(drawId);
        if (current != null && current.state() == State.RUNNING) {
            throw new BusinessException("draw.error.running");
        }
        String actor = CurrentUser.actor();
        CancellationToken token = new CancellationToken();
        tokens.put(drawId, token);
        update(new Progress(drawId, State.RUNNING, ProgressListener.Phase.WARM_START, 0, 0, instance.n(), null));
        audit.record("DRAW_COMPUTE_STARTED", "council_draw", drawId, Map.of("pool", instance.n(), "k", instance.k()));
        executor.submit(() -> run(drawId, instance, token, actor));
        return progress.get(drawId);
    }

    /** Cancels a running computation. */
    @PreAuthorize(DrawService.OPERATOR)
    public void cancel(long drawId) {
        Optional.ofNullable(tokens.get(drawId)).ifPresent(CancellationToken::cancel);
        audit.record("DRAW_COMPUTE_CANCELLED", "council_draw", drawId, Map.of());
    }

    /** Where a draw's computation stands, if one was started since the portal started. */
    public Optional<Progress> progress(long drawId) {
        return Optional.ofNullable(progress.get(drawId));
    }

    /** Follows a draw's progress; returns what stops following it. */
    public Runnable follow(long drawId, Consumer<Progress> listener) {
        listeners.computeIfAbsent(drawId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(drawId, List.of()).remove(listener);
    }

    private void run(long drawId, SortitionInstance instance, CancellationToken token, String actor) {
        try {
            SortitionResult result = Leximin.solve(instance, Leximin.Options.defaults(),
                    (phase, panels, fixed, agents) -> update(new Progress(drawId, State.RUNNING, phase, panels, fixed,
                            agents, null)), token);
            double legacyMin = new Legacy(instance).estimate(LEGACY_DRAWS, 1, token).stats().min();
            draws.storeDistribution(drawId, actor, result, legacyMin);
            update(new Progress(drawId, State.DONE, ProgressListener.Phase.DONE, result.panels().size(), instance.n(),
                    instance.n(), null));
        } catch (SortitionCancelledException e) {
            update(new Progress(drawId, State.CANCELLED, null, 0, 0, instance.n(), "draw.compute.cancelled"));
        } catch (InfeasibleQuotasException e) {
            update(new Progress(drawId, State.FAILED, null, 0, 0, instance.n(), "draw.error.infeasible-short"));
        } catch (RuntimeException e) {
            log.error("Calcul LEXIMIN du tirage {} en échec", drawId, e);
            update(new Progress(drawId, State.FAILED, null, 0, 0, instance.n(), "draw.compute.failed"));
        } finally {
            tokens.remove(drawId);
        }
    }

    private void update(Progress p) {
        progress.put(p.drawId(), p);
        for (Consumer<Progress> l : listeners.getOrDefault(p.drawId(), List.of())) {
            try {
                l.accept(p);
            } catch (RuntimeException e) {
                log.debug("listener of draw {} failed", p.drawId(), e);
            }
        }
    }

    @PreDestroy
    void stop() {
        tokens.values().forEach(CancellationToken::cancel);
        executor.shutdownNow();
    }
}
