package fr.agora.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.AuditEvent;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.domain.TerritoryRepository;
import fr.agora.support.AgoraSpringTest;
import java.time.Instant;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The context started, so Flyway migrated a fresh MariaDB schema and Hibernate validated the mapping against it.
 * These tests check what the migrations hold.
 */
@AgoraSpringTest
class SchemaTest {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatabaseTarget target;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    AuditEventRepository audit;

    @Test
    void runs_on_mariadb_with_every_migration_applied() {
        String version = jdbc.queryForObject("SELECT VERSION()", String.class);
        assertThat(version).containsIgnoringCase("mariadb");
        assertThat(target.kind()).isIn(DatabaseTarget.Kind.SERVER, DatabaseTarget.Kind.EMBEDDED);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void reference_geography_is_versioned() {
        assertThat(territories.findValidOn(TerritoryKind.SECTEUR, LocalDate.of(2026, 1, 1))).hasSize(5);
        assertThat(territories.findValidOn(TerritoryKind.QPV, LocalDate.of(2026, 1, 1))).hasSize(7)
                .extracting("population").doesNotContainNull();
        // a 2015 report still shows the six QPV of the time, and Elbeuf-Lescouvé as veille active
        assertThat(territories.findValidOn(TerritoryKind.QPV, LocalDate.of(2016, 6, 1))).hasSize(6)
                .extracting("name").doesNotContain("Elbeuf-Lescouvé");
        assertThat(territories.findValidOn(TerritoryKind.VEILLE, LocalDate.of(2016, 6, 1))).extracting("name")
                .contains("Elbeuf-Lescouvé");
        assertThat(territories.findValidOn(TerritoryKind.VEILLE, LocalDate.of(2025, 6, 1))).extracting("name")
                .doesNotContain("Elbeuf-Lescouvé");
        Integer total = jdbc.queryForObject("SELECT SUM(population) FROM territory WHERE kind='QPV' AND valid_to IS NULL", Integer.class);
        assertThat(total).isEqualTo(31535);
    }

    @Test
    void audit_log_refuses_update_and_delete_in_the_database() {
        AuditEvent e = audit.save(new AuditEvent(Instant.now(), "test", "TEST", null, null, null, AuditEvent.Outcome.OK));
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor='forged' WHERE id=?", e.getId()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id=?", e.getId()))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_event WHERE id=?", String.class, e.getId())).isEqualTo("test");
    }
}
