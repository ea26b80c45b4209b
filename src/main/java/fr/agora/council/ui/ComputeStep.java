package fr.agora.council.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.agora.council.service.DrawComputations;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.ui.Notifications;

/**
 * Step 3 of the ceremony: compute the LEXIMIN selection probabilities in the background, with a live progress bar.
 * The page may be left and reopened: it follows the running computation again; when it is done, the ceremony moves
 * on to the draw.
 */
class ComputeStep extends Div {

    private final DrawCeremony ceremony;
    private final DrawComputations computations;
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    final Button compute = new Button();
    final Button cancel = new Button();
    private Runnable unfollow = () -> { };

    ComputeStep(DrawCeremony ceremony, DrawComputations computations) {
        this.ceremony = ceremony;
        this.computations = computations;
        compute.setId("draw-compute");
        cancel.setId("draw-cancel");
        progressText.setId("draw-progress");
        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-label", getTranslation("draw.ceremony.progress"));
        compute.setText(getTranslation("draw.ceremony.compute-button"));
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(getTranslation("draw.ceremony.cancel"));
        compute.addClickListener(e -> {
            try {
                computations.start(ceremony.current().id());
            } catch (BusinessException ex) {
                Notifications.error(ex);
            }
        });
        cancel.addClickListener(e -> computations.cancel(ceremony.current().id()));
        add(new H3(getTranslation("draw.ceremony.compute")), progress, progressText, compute, cancel);
    }

    /** Shows the computation of the current draw and follows it until it is done. */
    void show() {
        stop();
        long id = ceremony.current().id();
        computations.progress(id).ifPresentOrElse(this::show, () -> show(null));
        UI ui = UI.getCurrent();
        unfollow = computations.follow(id, p -> ui.access(() -> {
            show(p);
            if (p.state() == DrawComputations.State.DONE && ceremony.current() != null && ceremony.current().id() == id) {
                ceremony.act(() -> { });
            }
        }));
    }

    /** Stops following the computation (the page is left, or the ceremony moved on). */
    void stop() {
        unfollow.run();
        unfollow = () -> { };
    }

    private void show(DrawComputations.Progress p) {
        boolean running = p != null && p.state() == DrawComputations.State.RUNNING;
        compute.setEnabled(!running);
        cancel.setEnabled(running);
        progress.setValue(p == null ? 0 : p.fraction());
        progress.setIndeterminate(running && p.fixed() == 0);
        progressText.setText(p == null ? getTranslation("draw.ceremony.not-started")
                : p.error() != null ? getTranslation(p.error())
                : getTranslation("draw.ceremony.progress-text", p.panels(), p.fixed(), p.agents()));
    }
}
