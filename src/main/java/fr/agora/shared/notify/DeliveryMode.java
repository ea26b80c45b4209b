package fr.agora.shared.notify;

/** When a person receives the notices of a topic. */
public enum DeliveryMode {
    /** One mail per notice, right away. */
    IMMEDIATE,
    /** One mail a week (Monday morning, Europe/Paris) grouping the week's notices by topic. */
    WEEKLY
}
