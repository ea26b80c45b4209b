package fr.agora.shared.notify.ui;

import fr.agora.shared.notify.DeliveryMode;
import fr.agora.shared.notify.TopicCatalog;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** The "receive news" form of the preferences page, checked at once by Bean Validation. */
public class OptInForm {

    @NotNull(message = "{notify.topic.required}")
    private TopicCatalog.Choice topic;

    @NotNull(message = "{notify.mode.required}")
    private DeliveryMode mode = DeliveryMode.IMMEDIATE;

    @AssertTrue(message = "{notify.consent.required}")
    private boolean consent;

    public TopicCatalog.Choice getTopic() {
        return topic;
    }

    public void setTopic(TopicCatalog.Choice topic) {
        this.topic = topic;
    }

    public DeliveryMode getMode() {
        return mode;
    }

    public void setMode(DeliveryMode mode) {
        this.mode = mode;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
