package fr.agora.sortition;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation: the UI calls {@link #cancel()}, the engine checks between solver calls
 * and throws {@link SortitionCancelledException}.
 */
public final class CancellationToken {

    /** A token that is never cancelled. */
    public static final CancellationToken NONE = new CancellationToken();

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Requests cancellation; the running computation stops at its next check. */
    public void cancel() {
        if (this != NONE) {
            cancelled.set(true);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link SortitionCancelledException} if cancelled. */
    public void check() {
        if (cancelled.get()) {
            throw new SortitionCancelledException();
        }
    }
}
