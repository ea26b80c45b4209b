package fr.agora.voting;

import static fr.agora.voting.VotingFixtures.account;
import static fr.agora.voting.VotingFixtures.optionIds;
import static fr.agora.voting.VotingFixtures.options;
import static fr.agora.voting.VotingFixtures.pick;
import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.support.AgoraSpringTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After secret votes of every kind and channel (codes and accounts, online and on paper, approval, knapsack,
 * motion), reads EVERY table of the database and proves that no row links a person (account id, e-mail, code hash,
 * registry line, the feature's subject) or a receipt to a choice (a ballot id or an option chosen), and that the
 * ballot box keeps no time.
 */
@AgoraSpringTest
class BallotSecrecyTest {

    @Autowired
    VotingService voting;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcTemplate jdbc;

    /** Identifies a person or a receipt. */
    final Set<String> personTokens = new HashSet<>();
    /** Account ids, matched in columns that could hold one (a number is otherwise too common to mean anything). */
    final Set<String> accountIds = new HashSet<>();
    /** Identifies a choice of a secret vote. */
    final Set<String> choiceTokens = new HashSet<>();
    final Set<String> secretBallotIds = new HashSet<>();

    long person(String tag) {
        String email = tag + "-" + UUID.randomUUID() + "@secret.test";
        long id = account(users, email);
        personTokens.add(email);
        accountIds.add(String.valueOf(id));
        return id;
    }

    void receipt(Receipt r) {
        personTokens.add(r.code());
        personTokens.add(VoterCodes.hash(r.code()));
    }

    void code(IssuedCode c) {
        personTokens.add(c.code());
        personTokens.add(VoterCodes.hash(c.code()));
        personTokens.add(c.voterId());
        personTokens.add(c.subject());
    }

    @Test
    void noRowOfAnyTableLinksAPersonOrAReceiptToAChoice() {
        // a secret approval vote by code, online and on paper
        List<Long> a = optionIds(4);
        choiceTokens.addAll(a.stream().map(String::valueOf).toList());
        long approval = voting.open(VoteSpec.secret("secrecy-test", BallotRules.approval(options(a), 2)));
        for (int i = 0; i < 3; i++) {
            IssuedCode c = voting.registerCode(approval, "subject-" + UUID.randomUUID());
            code(c);
            receipt(voting.cast(approval, Voter.code(c.code()), pick(a, i, 3)));
        }
        IssuedCode paper = voting.registerCode(approval, "subject-" + UUID.randomUUID());
        code(paper);
        voting.markPaper(approval, Voter.line(paper.voterId()));
        voting.enterPaperBatch(approval, "urne " + UUID.randomUUID().toString().substring(0, 8), List.of(pick(a, 1)));
        // a secret knapsack vote by self-enrolled accounts
        List<Long> k = optionIds(3);
        choiceTokens.addAll(k.stream().map(String::valueOf).toList());
        long knapsack = voting.open(new VoteSpec("secrecy-test", BallotRules.knapsack(List.of(new BallotOption(k.get(0),
                10L), new BallotOption(k.get(1), 20L), new BallotOption(k.get(2), 30L)), 40), Secrecy.SECRET,
                Disclosure.SEALED, true));
        for (int i = 0; i < 3; i++) {
            receipt(voting.cast(knapsack, Voter.account(person("budget")), pick(k, i)));
        }
        // a secret motion with a live count, by registered accounts
        long motion = voting.open(new VoteSpec("secrecy-test", BallotRules.motion(), Secrecy.SECRET, Disclosure.LIVE,
                false));
        for (MotionChoice choice : MotionChoice.values()) {
            long rep = person("rep");
            String subject = "rep-" + UUID.randomUUID();
            personTokens.add(voting.registerAccount(motion, rep, subject));
            personTokens.add(subject);
            receipt(voting.cast(motion, Voter.account(rep), Set.of(choice.optionId())));
        }
        List<Long> secretVotes = List.of(approval, knapsack, motion);
        for (long vote : secretVotes) {
            voting.close(vote);
            secretBallotIds.addAll(jdbc.queryForList("select id from voting_ballot where vote_id = ?", String.class, vote));
            voting.registry(vote).forEach(l -> personTokens.add(l.voterId()));
        }
        choiceTokens.addAll(secretBallotIds);
        personTokens.removeIf(t -> t == null || t.isBlank());
        assertThat(secretBallotIds).hasSize(3 + 1 + 3 + 3);

        Map<String, Set<String>> ballotIdsFoundIn = new HashMap<>();
        List<String> leaks = new ArrayList<>();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = database() and table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("voting_voter", "voting_ballot", "voting_choice", "voting_receipt", "audit_event");
        for (String table : tables) {
            List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                    + " where table_schema = database() and table_name = ? order by ordinal_position", String.class, table);
            jdbc.query("select * from `" + table + "`", rs -> {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    Object v = rs.getObject(i);
                    values.add(v == null || v instanceof byte[] ? null : String.valueOf(v));
                }
                boolean choice = false;
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    if (v != null && (choiceTokens.contains(v) || (v.length() > 40
                            && choiceTokens.stream().anyMatch(v::contains)))) {
                        choice = true;
                    }
                    if (v != null && secretBallotIds.contains(v)) {
                        ballotIdsFoundIn.computeIfAbsent(table, t -> new HashSet<>()).add(columns.get(i));
                    }
                }
                if (!choice) {
                    return;
                }
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    String column = columns.get(i).toLowerCase(Locale.ROOT);
                    if (v == null) {
                        continue;
                    }
                    boolean person = personTokens.contains(v) || personTokens.stream().anyMatch(t -> t.length() >= 12 && v.contains(t));
                    boolean account = accountIds.contains(v) && column.matches(".*(account|user|voter|person|actor|by).*");
                    if (person || account) {
                        leaks.add(table + "." + column + " = " + v + " in a row with a choice: " + values);
                    }
                }
            });
        }
        assertThat(leaks).as("rows linking a person or a receipt to a choice").isEmpty();
        // the secret ballots are in the box and nowhere else, and the box has no column of time
        assertThat(ballotIdsFoundIn.keySet()).containsExactlyInAnyOrder("voting_ballot", "voting_choice");
        for (String table : List.of("voting_ballot", "voting_choice", "voting_receipt")) {
            assertThat(jdbc.queryForList("select lower(data_type) from information_schema.columns"
                    + " where table_schema = database() and table_name = ?", String.class, table))
                    .noneMatch(t -> t.contains("date") || t.contains("time") || t.equals("year"));
            assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = database()"
                    + " and table_name = ? and extra like '%auto_increment%'", Long.class, table)).isZero();
        }
        // the registry keeps the day at most
        assertThat(jdbc.queryForList("select lower(data_type) from information_schema.columns"
                + " where table_schema = database() and table_name = 'voting_voter'", String.class))
                .noneMatch(t -> t.contains("time") || t.contains("datetime"));
    }
}
