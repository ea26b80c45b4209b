package fr.agora;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Agora's entry point.
 *
 * <p>{@code java -jar agora.jar} starts the portal; {@code java -jar agora.jar <verb> …} runs one of the
 * command-line tools (see {@link AgoraCli}) without starting the web application.
 */
@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@com.vaadin.flow.component.dependency.CssImport("./styles.css")
@Push
@PWA(name = "Agora — démocratie participative", shortName = "Agora")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (AgoraCli.isCommand(args)) {
            System.exit(AgoraCli.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
