package fr.agora.walks.domain;

/** When the walk takes place: the feeling of safety is not the same by day and in the evening. */
public enum TimeOfDay {
    DAY,
    EVENING
}
