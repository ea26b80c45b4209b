package fr.agora.sortition;

/** Thrown when a computation notices that its {@link CancellationToken} was cancelled. */
public class SortitionCancelledException extends RuntimeException {

    public SortitionCancelledException() {
        super("calcul annulé");
    }
}
