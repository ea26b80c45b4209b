package fr.agora.budget.domain;

import fr.agora.shared.domain.BusinessException;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * One phase of an edition: its dates (both days included, in Europe/Paris) and what residents may do in it.
 */
@Embeddable
public class PhaseSchedule {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Phase phase;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "proposals_open", nullable = false)
    private boolean proposalsOpen;

    @Column(name = "flags_open", nullable = false)
    private boolean flagsOpen;

    @Column(name = "following_open", nullable = false)
    private boolean followingOpen;

    protected PhaseSchedule() {
    }

    public PhaseSchedule(Phase phase, LocalDate startsOn, LocalDate endsOn, boolean proposalsOpen, boolean flagsOpen,
            boolean followingOpen) {
        if (phase == null || startsOn == null || endsOn == null) {
            throw new BusinessException("budget.phase.dates-required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new BusinessException("budget.phase.dates-order");
        }
        this.phase = phase;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.proposalsOpen = proposalsOpen;
        this.flagsOpen = flagsOpen;
        this.followingOpen = followingOpen;
    }

    /** The usual settings of a phase: residents deposit and edit only during the dépôt. */
    public static PhaseSchedule withDefaults(Phase phase, LocalDate startsOn, LocalDate endsOn) {
        return new PhaseSchedule(phase, startsOn, endsOn, phase == Phase.DEPOT, phase.ordinal() <= Phase.VOTE.ordinal(), true);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Phase getPhase() {
        return phase;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isProposalsOpen() {
        return proposalsOpen;
    }

    public boolean isFlagsOpen() {
        return flagsOpen;
    }

    public boolean isFollowingOpen() {
        return followingOpen;
    }

    /**
     * Value equality: the phases are a set of embeddables, and Hibernate tells which rows to delete and which to
     * insert by comparing values; without it an unchanged phase was inserted a second time on save.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PhaseSchedule p && phase == p.phase && startsOn.equals(p.startsOn) && endsOn.equals(p.endsOn)
                && proposalsOpen == p.proposalsOpen && flagsOpen == p.flagsOpen && followingOpen == p.followingOpen;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(phase, startsOn, endsOn, proposalsOpen, flagsOpen, followingOpen);
    }
}
