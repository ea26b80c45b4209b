package fr.agora.walks.service;

/**
 * One of the signed-in person's own pins, with whether its walk's public page is online.
 *
 * @param pin          the pin, in full (its author sees their own text and photos)
 * @param walkOnline   whether the walk's public page is published
 */
public record MyPin(ObservationData pin, boolean walkOnline) {

    /**
     * What the public really sees of the pin, as a message key {@code walk.pin.state.*}: awaiting review, rejected,
     * kept for the services only (internal), published without its text, published once the walk's page is online,
     * or published.
     */
    public String stateKey() {
        return "walk.pin.state." + switch (pin.status()) {
            case PENDING -> "PENDING";
            case REJECTED -> "REJECTED";
            case PUBLISHED -> pin.internal() ? "INTERNAL" : !walkOnline ? "AWAITING_PAGE" : pin.textHidden() ? "TEXT_HIDDEN"
                    : "PUBLIC";
        };
    }
}
