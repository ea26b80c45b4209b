package fr.agora.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Chooses the MariaDB database, in this order:
 * <ol>
 *   <li>{@code spring.datasource.url} (from {@code DB_URL}) when set: a real server;</li>
 *   <li>{@code agora.db.server-url} when set and the server answers (the tests use the local server and a
 *       dedicated {@code agora_test} database, created if needed);</li>
 *   <li>otherwise an embedded MariaDB under {@code agora.db.embedded-dir}, on 127.0.0.1 with a generated
 *       password (see {@link EmbeddedMariaDb}).</li>
 * </ol>
 * One SQL dialect everywhere: there is no H2 fallback.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:mariadb://[^/]+)/([A-Za-z0-9_]+)(\\?.*)?$");

    @Bean(destroyMethod = "close")
    EmbeddedHolder embeddedHolder() {
        return new EmbeddedHolder();
    }

    @Bean
    DatabaseTarget databaseTarget(Environment env, EmbeddedHolder holder) {
        String url = env.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            return new DatabaseTarget(url, env.getProperty("spring.datasource.username", ""),
                    env.getProperty("spring.datasource.password", ""), DatabaseTarget.Kind.CONFIGURED);
        }
        String serverUrl = env.getProperty("agora.db.server-url");
        if (StringUtils.hasText(serverUrl)) {
            String user = env.getProperty("agora.db.server-user", "root");
            String password = env.getProperty("agora.db.server-password", "");
            Optional<DatabaseTarget> server = reachableServer(serverUrl, user, password);
            if (server.isPresent()) {
                return server.get();
            }
            log.info("Pas de serveur MariaDB joignable à {} : MariaDB embarqué", serverUrl);
        }
        String name = env.getProperty("agora.db.name", "agora");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(env.getProperty("agora.db.embedded-dir", "./data/mariadb")), name);
        holder.db = db;
        return new DatabaseTarget(db.jdbcUrl(name), EmbeddedMariaDb.USER, db.password(), DatabaseTarget.Kind.EMBEDDED,
                db.dataDir().toString());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseTarget target, Environment env) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.url());
        config.setUsername(target.username());
        config.setPassword(target.password());
        config.setPoolName("agora");
        config.setMaximumPoolSize(env.getProperty("agora.db.pool-size", Integer.class, 10));
        return new HikariDataSource(config);
    }

    /** Connects to the server part of the URL, creating the database if it is missing. */
    static Optional<DatabaseTarget> reachableServer(String serverUrl, String user, String password) {
        Matcher m = SERVER_URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("agora.db.server-url doit être jdbc:mariadb://hôte:port/base : " + serverUrl);
        }
        String params = m.group(3) == null ? "?connectTimeout=2000" : m.group(3) + "&connectTimeout=2000";
        try (Connection c = DriverManager.getConnection(m.group(1) + "/" + params, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + m.group(2) + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return Optional.of(new DatabaseTarget(serverUrl, user, password, DatabaseTarget.Kind.SERVER));
        } catch (SQLException e) {
            log.debug("Serveur MariaDB injoignable : {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Owns the embedded server, if one was started, so that it stops with the application context. */
    static final class EmbeddedHolder implements AutoCloseable {
        private EmbeddedMariaDb db;

        @Override
        public void close() {
            if (db != null) {
                db.close();
            }
        }
    }
}
