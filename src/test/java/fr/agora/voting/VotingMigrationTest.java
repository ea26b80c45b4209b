package fr.agora.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V25 moves the association elections of V16 onto the voting core: a database holding an open and a closed election
 * (register, ballots, result) upgrades without error and keeps every code, mark, ballot and count.
 */
class VotingMigrationTest {

    static final String SERVER = System.getenv().getOrDefault("AGORA_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/agora_test");

    @Test
    void theElectionsOfV16AreMigratedOntoTheVotingCore() throws Exception {
        String base = SERVER.substring(0, SERVER.lastIndexOf('/'));
        String name = SERVER.substring(SERVER.lastIndexOf('/') + 1) + "_v16";
        try (Connection c = DriverManager.getConnection(base + "/", "root", "")) {
            c.createStatement().execute("create database if not exists `" + name + "`");
        } catch (java.sql.SQLException e) {
            Assumptions.abort("no MariaDB server at " + base + ": " + e.getMessage());
        }
        DriverManagerDataSource ds = new DriverManagerDataSource(base + "/" + name, "root", "");
        Flyway before = Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false)
                .target("20").load();
        before.clean();
        before.migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("""
                insert into council (slug, name, population, population_source, population_year, seat_rounding,
                  membres_de_droit_in_parity, mandate_years, created_at, updated_at)
                values ('migration', 'Conseil migration', 1000, 'INSEE', 2025, 'HALF_UP', false, 2, now(6), now(6))""");
        long council = jdbc.queryForObject("select max(id) from council", Long.class);
        long[] elections = new long[2];
        long[][] candidacies = new long[2][3];
        for (int e = 0; e < 2; e++) {
            jdbc.update("""
                    insert into council_campaign (council_id, kind, title, opens_at, closes_at, minimum_age, created_by,
                      created_at) values (?, 'ASSOCIATION', 'Appel', '2026-01-01', '2026-02-01', 16, 'agent', now(6))""",
                    council);
            long campaign = jdbc.queryForObject("select max(id) from council_campaign", Long.class);
            for (int i = 0; i < 3; i++) {
                jdbc.update("""
                        insert into council_candidacy (campaign_id, reference, status, duplicate_key, last_name,
                          first_name, locale, consent_version, assisted, received_on, created_at)
                        values (?, ?, 'RECEIVED', ?, 'Nom', 'Prénom', 'fr', 'v1', false, '2026-01-10', now(6))""",
                        campaign, "R" + e + i, "%064d".formatted(e * 10 + i));
                candidacies[e][i] = jdbc.queryForObject("select max(id) from council_candidacy", Long.class);
            }
            jdbc.update("""
                    insert into council_election (campaign_id, method, status, seats, tie_break, electorate, opened_by,
                      opened_at, closed_at, ballots_cast, ballots_digest, seed)
                    values (?, 'BALLOT', ?, 2, 'LOT', 'ONE_PER_ASSOCIATION', 'agent', now(6), ?, ?, ?, ?)""",
                    campaign, e == 0 ? "OPEN" : "CLOSED", e == 0 ? null : "2026-03-01", e == 0 ? null : 2,
                    e == 0 ? null : "d".repeat(64), e == 0 ? null : "s".repeat(64));
            elections[e] = jdbc.queryForObject("select max(id) from council_election", Long.class);
            for (int i = 0; i < 3; i++) {
                jdbc.update("insert into council_election_voter (election_id, candidacy_id, holder, code_hash, voted)"
                        + " values (?, ?, 'ASSOCIATION', ?, ?)", elections[e], candidacies[e][i],
                        "%064x".formatted(e * 10 + i + 1), i < 2);
            }
            for (int b = 0; b < 2; b++) {
                String ballot = java.util.UUID.randomUUID().toString();
                jdbc.update("insert into council_election_ballot (id, election_id) values (?, ?)", ballot, elections[e]);
                jdbc.update("insert into council_election_choice (ballot_id, candidacy_id) values (?, ?)", ballot,
                        candidacies[e][b]);
            }
            if (e == 1) {
                for (int i = 0; i < 3; i++) {
                    jdbc.update("insert into council_election_result (election_id, candidacy_id, votes, rank_no, elected,"
                            + " tie_broken) values (?, ?, ?, ?, ?, false)", elections[e], candidacies[e][i], i < 2 ? 1 : 0,
                            i + 1, i < 2);
                }
            }
        }

        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();

        for (int e = 0; e < 2; e++) {
            long id = elections[e];
            assertThat(jdbc.queryForObject("select vote_id from council_election where id = ?", Long.class, id)).isEqualTo(id);
            Map<String, Object> vote = jdbc.queryForMap("select * from voting_vote where id = ?", id);
            assertThat(vote).containsEntry("owner", "council_election").containsEntry("kind", "APPROVAL")
                    .containsEntry("secrecy", "SECRET").containsEntry("disclosure", "SEALED")
                    .containsEntry("status", e == 0 ? "OPEN" : "CLOSED");
            assertThat(((Number) vote.get("max_choices")).intValue()).isEqualTo(2);
            assertThat(jdbc.queryForList("select option_id from voting_option where vote_id = ?", Long.class, id))
                    .containsExactlyInAnyOrder(candidacies[e][0], candidacies[e][1], candidacies[e][2]);
            List<Map<String, Object>> voters = jdbc.queryForList("select * from voting_voter where vote_id = ?", id);
            assertThat(voters).hasSize(3).allSatisfy(v -> assertThat((String) v.get("id")).hasSize(36));
            assertThat(voters).extracting(v -> v.get("code_hash")).containsExactlyInAnyOrder(
                    "%064x".formatted(e * 10 + 1), "%064x".formatted(e * 10 + 2), "%064x".formatted(e * 10 + 3));
            assertThat(voters).filteredOn(v -> Boolean.TRUE.equals(v.get("voted")) || Integer.valueOf(1).equals(v.get("voted")))
                    .hasSize(2).allSatisfy(v -> assertThat(v.get("channel")).isEqualTo("ONLINE"));
            assertThat(voters).extracting(v -> v.get("subject")).contains("candidacy:" + candidacies[e][0] + ":ASSOCIATION");
            assertThat(jdbc.queryForObject("select count(*) from voting_ballot b join voting_choice c on c.ballot_id = b.id"
                    + " where b.vote_id = ?", Long.class, id)).isEqualTo(2);
        }
        assertThat(jdbc.queryForList("select votes from voting_result where vote_id = ? order by votes desc", Long.class,
                elections[1])).containsExactly(1L, 1L, 0L);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = database()"
                + " and table_name like 'council_election_%' and table_name <> 'council_election_result'", Long.class)).isZero();
        // a new vote gets an id after the migrated ones
        jdbc.update("insert into voting_vote (owner, kind, secrecy, disclosure, min_choices, max_choices, status, opened_at)"
                + " values ('test', 'MOTION', 'SECRET', 'SEALED', 1, 1, 'OPEN', now(6))");
        assertThat(jdbc.queryForObject("select max(id) from voting_vote", Long.class)).isGreaterThan(elections[1]);
    }
}
