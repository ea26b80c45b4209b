package fr.agora.support;

import fr.agora.Application;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test on the whole application and MariaDB. Every class with this annotation shares one Spring context, so
 * start-up is paid once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
@Import(TestInfrastructure.class)
@org.junit.jupiter.api.extension.ExtendWith(FreshRateLimits.class)
public @interface AgoraSpringTest {
}
