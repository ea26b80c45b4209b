package fr.agora.shared.config;

import fr.agora.shared.db.DatabaseTarget;
import fr.agora.shared.service.DemoData;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the portal where it is, which database it uses and how to log in. */
@Component
class StartupBanner {

    private final DatabaseTarget database;
    private final Environment env;
    private final boolean demo;

    StartupBanner(DatabaseTarget database, Environment env, @Value("${agora.demo.enabled:false}") boolean demo) {
        this.database = database;
        this.env = env;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        StringBuilder b = new StringBuilder("\n==================== Agora ====================\n");
        b.append("Portail : http://localhost:").append(env.getProperty("local.server.port", env.getProperty("server.port", "8080"))).append("/\n");
        b.append("Base de données : ").append(database).append('\n');
        if (demo) {
            b.append("Comptes de démonstration (mot de passe ").append(DemoData.PASSWORD).append(") :\n");
            new TreeMap<>(DemoData.ACCOUNTS).forEach((email, role) -> b.append("  ").append(String.format("%-26s", email)).append(role).append('\n'));
        }
        b.append("===============================================");
        System.out.println(b);
    }
}
