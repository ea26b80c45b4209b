package fr.agora.plenary.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.agora.plenary.service.LiveBoard;
import fr.agora.plenary.service.LiveState;
import java.util.function.Consumer;

/**
 * A view's subscription to the live board: the state on attach, then every change pushed inside
 * {@code ui.access} (the portal has {@code @Push}), removed on detach.
 */
final class LiveSubscription {

    private LiveSubscription() {
    }

    static void follow(Component view, AttachEvent attach, LiveBoard board, long plenaryId, Consumer<LiveState> show) {
        UI ui = attach.getUI();
        Thread attaching = Thread.currentThread();
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        // the state now is shown at once (this request holds the session); later ones are pushed
        LiveBoard.Watch watch = board.watch(plenaryId, state -> {
            if (Thread.currentThread() == attaching && first.getAndSet(false)) {
                show.accept(state);
            } else {
                ui.access(() -> show.accept(state));
            }
        });
        view.addDetachListener(e -> {
            watch.remove();
            e.unregisterListener();
        });
    }
}
