package fr.agora.meetings.domain;

public enum MeetingStatus {
    PLANNED, HELD, CANCELLED
}
