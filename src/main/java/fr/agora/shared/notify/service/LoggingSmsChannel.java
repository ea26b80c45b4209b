package fr.agora.shared.notify.service;

import fr.agora.shared.notify.SmsChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The SMS channel's stand-in: it logs that an SMS would have left, number masked, text length only; sends nothing. */
@Component
class LoggingSmsChannel implements SmsChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsChannel.class);

    @Override
    public boolean send(String phoneNumber, String text) {
        log.info("SMS non envoyé (canal non mis en service) vers {} : {} caractère(s)", SmsChannel.mask(phoneNumber),
                text == null ? 0 : text.length());
        return false;
    }
}
