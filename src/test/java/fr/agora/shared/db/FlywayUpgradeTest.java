package fr.agora.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.support.AgoraSpringTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One global sequence of migrations with out-of-order off: a database created before V21 had applied V1, V2,
 * V10-V12, V20 and then V13-V17 (features owned ranges and out-of-order was on). It upgrades to today's migrations
 * without error, and ends with the same schema as a new database migrated from scratch.
 */
@AgoraSpringTest
class FlywayUpgradeTest {

    /** The migrations of an existing database, in the order it applied them (before V21). */
    static final List<List<String>> HISTORY = List.of(
            List.of("V1__shared_accounts_audit.sql", "V2__territories_reference.sql", "V10__councils.sql",
                    "V11__council_draws.sql", "V12__council_draw_responses.sql"),
            List.of("V20__walks.sql"),
            List.of("V13__council_candidacies.sql", "V14__council_comites.sql", "V15__council_mandate_reminder.sql",
                    "V16__council_association_election.sql", "V17__council_candidacy_retention.sql"));

    private static final Pattern URL = Pattern.compile("^(jdbc:mariadb://[^/]+)/([A-Za-z0-9_]+)(\\?.*)?$");

    @Autowired
    DatabaseTarget target;

    @Test
    void an_existing_database_upgrades_and_matches_a_new_one(@TempDir Path old) throws Exception {
        String upgraded = database("upgrade");
        String fresh = database("fresh");

        // yesterday's configuration, yesterday's files, in yesterday's order
        for (List<String> step : HISTORY) {
            for (String file : step) {
                try (InputStream in = getClass().getResourceAsStream("/db/migration/" + file)) {
                    assertThat(in).as(file).isNotNull();
                    Files.copy(in, old.resolve(file));
                }
            }
            Flyway.configure().dataSource(upgraded, target.username(), target.password())
                    .locations("filesystem:" + old).outOfOrder(true).load().migrate();
        }
        List<String> appliedBefore = applied(upgraded);
        assertThat(appliedBefore).containsExactly("1", "2", "10", "11", "12", "20", "13", "14", "15", "16", "17");

        // today's configuration (application.properties): classpath migrations, out of order off
        Flyway today = today(upgraded);
        today.migrate();
        today.validate();
        List<String> appliedAfter = applied(upgraded);
        assertThat(appliedAfter).startsWith(appliedBefore.toArray(String[]::new));
        assertThat(appliedAfter.size()).isGreaterThan(appliedBefore.size());
        assertThat(today.info().pending()).isEmpty();

        Flyway scratch = today(fresh);
        scratch.migrate();
        scratch.validate();
        assertThat(schema(upgraded)).isEqualTo(schema(fresh)).isNotEmpty();
    }

    @Test
    void a_forgotten_migration_numbered_below_the_last_one_stops_the_upgrade(@TempDir Path late) throws Exception {
        String db = database("late");
        today(db).migrate();
        Files.writeString(late.resolve("V18__forgotten.sql"), "CREATE TABLE forgotten (id BIGINT PRIMARY KEY);");
        Flyway withLate = Flyway.configure().dataSource(db, target.username(), target.password())
                .locations("classpath:db/migration", "filesystem:" + late).outOfOrder(false).load();
        assertThatThrownBy(withLate::migrate).isInstanceOf(org.flywaydb.core.api.FlywayException.class)
                .hasMessageContaining("18");
        assertThat(applied(db)).doesNotContain("18");
    }

    private Flyway today(String url) {
        return Flyway.configure().dataSource(url, target.username(), target.password())
                .locations("classpath:db/migration").outOfOrder(false).load();
    }

    /** An empty database next to the tests' one, such as {@code agora_test_modules_upgrade}. */
    private String database(String suffix) throws SQLException {
        Matcher m = URL.matcher(target.url());
        assertThat(m.matches()).as(target.url()).isTrue();
        String name = m.group(2) + "_" + suffix;
        try (Connection c = DriverManager.getConnection(m.group(1) + "/", target.username(), target.password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3));
    }

    private List<String> applied(String url) {
        List<String> versions = new ArrayList<>();
        for (MigrationInfo info : Flyway.configure().dataSource(url, target.username(), target.password())
                .locations("classpath:db/migration").load().info().applied()) {
            versions.add(info.getVersion().getVersion());
        }
        return versions;
    }

    /** Tables, columns (type, nullability, default) and indexes, in a fixed order; Flyway's own table left out. */
    private List<String> schema(String url) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, target.username(), target.password());
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select table_name, column_name, column_type, is_nullable, column_default"
                    + " from information_schema.columns where table_schema = database()"
                    + " and table_name <> 'flyway_schema_history' order by table_name, column_name")) {
                while (r.next()) {
                    rows.add(r.getString(1) + "." + r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " "
                            + r.getString(5));
                }
            }
            try (ResultSet r = s.executeQuery("select table_name, index_name, seq_in_index, column_name, non_unique"
                    + " from information_schema.statistics where table_schema = database()"
                    + " and table_name <> 'flyway_schema_history' order by table_name, index_name, seq_in_index")) {
                while (r.next()) {
                    rows.add("index " + r.getString(1) + "." + r.getString(2) + " " + r.getInt(3) + " " + r.getString(4)
                            + " " + r.getInt(5));
                }
            }
        }
        return rows;
    }

}
