package fr.agora.budget.service;

import fr.agora.budget.domain.Edition;
import fr.agora.budget.domain.EnvelopeKind;
import fr.agora.budget.domain.Phase;
import fr.agora.budget.domain.PhaseSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An edition as pages show it, with what is open on the day it was read (server clock, Europe/Paris).
 *
 * @param currentPhase the phase open today, or {@code null} between phases, before and after the edition
 */
public record EditionData(long id, int year, String title, long totalEuros, int reviewDays, List<EnvelopeData> envelopes,
        List<PhaseData> phases, Phase currentPhase, boolean proposalsOpen, boolean flagsOpen, boolean followingOpen,
        Set<String> commission, LocalDate today) {

    /** An earmarked part of the total. */
    public record EnvelopeData(String code, String name, EnvelopeKind kind, Long territoryId, long amountEuros) {
    }

    /** A phase, its dates and settings. */
    public record PhaseData(Phase phase, LocalDate startsOn, LocalDate endsOn, boolean proposalsOpen, boolean flagsOpen,
            boolean followingOpen, boolean current, boolean past) {
    }

    /** The part of the total not earmarked. */
    public long generalEuros() {
        return totalEuros - envelopes.stream().mapToLong(EnvelopeData::amountEuros).sum();
    }

    static EditionData of(Edition e, LocalDate today) {
        Phase current = e.phaseOn(today).map(PhaseSchedule::getPhase).orElse(null);
        return new EditionData(e.getId(), e.getYear(), e.getTitle(), e.getTotalEuros(), e.getReviewDays(),
                e.getEnvelopes().stream().map(v -> new EnvelopeData(v.getCode(), v.getName(), v.getKind(),
                        v.getTerritoryId(), v.getAmountEuros())).toList(),
                e.getPhases().stream().map(p -> new PhaseData(p.getPhase(), p.getStartsOn(), p.getEndsOn(),
                        p.isProposalsOpen(), p.isFlagsOpen(), p.isFollowingOpen(), p.getPhase() == current,
                        p.getEndsOn().isBefore(today))).toList(),
                current, e.proposalsOpenOn(today), e.flagsOpenOn(today), e.followingOpenOn(today),
                Set.copyOf(e.getCommission()), today);
    }
}
