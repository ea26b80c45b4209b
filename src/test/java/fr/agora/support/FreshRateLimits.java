package fr.agora.support;

import fr.agora.shared.security.LoginThrottle;
import fr.agora.shared.security.RateLimiter;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test starts with fresh rate-limit and failed-login counts: the Spring context (and its in-memory buckets)
 * is shared by all the tests of a JVM, and a fixture account used by many tests must not run out of budget because
 * of the others. Within one test the limits apply as in production.
 */
public class FreshRateLimits implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        spring.getBean(RateLimiter.class).reset();
        spring.getBean(LoginThrottle.class).reset();
    }
}
