package fr.agora.shared.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Domain code never calls {@code now()}: it receives this clock, which tests replace. The clock is in the portal's
 * one zone ({@code agora.zone}, Europe/Paris), so that {@code LocalDate.now(clock)} is the day in Amiens, also
 * between midnight and 2 a.m. when UTC is still on the day before.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${agora.zone:Europe/Paris}") ZoneId zone) {
        return Clock.system(zone);
    }
}
