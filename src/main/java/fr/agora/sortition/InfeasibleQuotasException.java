package fr.agora.sortition;

/** No panel satisfies the quotas; carries the explanation and the proposed relaxation. */
public class InfeasibleQuotasException extends Exception {

    private final InfeasibilityReport report;

    public InfeasibleQuotasException(InfeasibilityReport report) {
        super(report.message());
        this.report = report;
    }

    public InfeasibilityReport report() {
        return report;
    }
}
