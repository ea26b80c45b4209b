package fr.agora.budget.service;

import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.Phase;
import java.time.LocalDate;
import java.util.List;

/**
 * What staff enter for an edition.
 *
 * @param envelopes the earmarked envelopes (may be empty)
 * @param phases    the six phases with their dates and settings
 */
public record EditionForm(int year, String title, long totalEuros, int reviewDays, List<EnvelopeInput> envelopes,
        List<PhaseInput> phases) {

    public record EnvelopeInput(String code, String name, EnvelopeKind kind, Long territoryId, long amountEuros) {
    }

    public record PhaseInput(Phase phase, LocalDate startsOn, LocalDate endsOn, boolean proposalsOpen, boolean flagsOpen,
            boolean followingOpen) {
    }
}
