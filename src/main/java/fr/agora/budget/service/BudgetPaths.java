package fr.agora.budget.service;

/** The budget's route paths, for mails and highlights (the views use the typed helpers of {@code BudgetNavigation}). */
public final class BudgetPaths {

    public static final String HOME = "budget";

    private BudgetPaths() {
    }

    public static String edition(long id) {
        return "budget/editions/" + id;
    }

    public static String proposal(long id) {
        return "budget/propositions/" + id;
    }
}
