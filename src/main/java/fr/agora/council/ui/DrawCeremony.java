package fr.agora.council.ui;

import fr.agora.council.service.DrawData;

/**
 * What a step of the draw ceremony needs from the page that holds it: the draw shown, and a way to run an action
 * and show the ceremony again (the draw re-read, the steps redrawn; a refusal shown in French).
 */
interface DrawCeremony {

    /** The draw shown (never null while a step is shown). */
    DrawData current();

    /** The slug of the council whose draw is shown. */
    String councilSlug();

    /**
     * Runs an action of the operator; then the draw is re-read and the steps redrawn, or the refusal is shown.
     *
     * @return whether the action was done (false when refused)
     */
    boolean act(Runnable action);
}
