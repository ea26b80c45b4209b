package fr.agora.meetings.domain;

public enum ContributionStatus {
    SUBMITTED, ACCEPTED, REJECTED
}
