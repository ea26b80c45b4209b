package fr.agora.council.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The tally of the association election: plain, deterministic, re-runnable. */
class AssociationTallyTest {

    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    /** Candidates 1..n received on consecutive days (1 earliest). */
    static List<AssociationTally.Candidate> candidates(int n) {
        return LongStream.rangeClosed(1, n).mapToObj(i -> new AssociationTally.Candidate(i,
                LocalDate.of(2026, 10, 1).plusDays(i), T0.plusSeconds(i))).toList();
    }

    static List<Set<Long>> ballots(long[]... ballots) {
        List<Set<Long>> list = new ArrayList<>();
        for (long[] b : ballots) {
            list.add(LongStream.of(b).boxed().collect(java.util.stream.Collectors.toSet()));
        }
        return list;
    }

    @Test
    void tenCandidatesForSixSeatsGiveSixElectedAndFourRankedAlternates() {
        // ten associations vote, each for one to six: 1 gets 9 votes, 2 → 7, 3 → 6, 4 → 5, 5 → 4, 6 and 7 → 3,
        // 8 and 9 → 2, 10 → 1; the sixth seat is a tie between 6 and 7
        List<Set<Long>> cast = ballots(
                new long[] {1, 2, 3, 4, 5, 6}, new long[] {1, 2, 3, 4, 5, 7}, new long[] {1, 2, 3, 4, 6, 8},
                new long[] {1, 2, 3, 5, 7, 9}, new long[] {1, 2, 4, 6, 8, 10}, new long[] {1, 3, 5, 7, 9},
                new long[] {1, 2, 4}, new long[] {1}, new long[] {1, 3}, new long[] {2});
        AssociationTally.Result r = AssociationTally.tally(42, 6, TieBreak.LOT, candidates(10), cast);
        assertThat(r.ballots()).isEqualTo(10);
        assertThat(r.elected()).hasSize(6);
        assertThat(r.alternates()).hasSize(4);
        assertThat(r.ranking()).extracting(AssociationTally.Ranked::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(r.ranking()).extracting(AssociationTally.Ranked::votes).containsExactly(9, 7, 6, 5, 4, 3, 3, 2, 2, 1);
        assertThat(r.ranking().subList(0, 5)).extracting(AssociationTally.Ranked::candidateId)
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(r.ranking().get(5).candidateId()).isIn(6L, 7L);
        assertThat(r.ranking().get(5).tieBroken()).isTrue();
        assertThat(r.ranking().get(9).candidateId()).isEqualTo(10L);
        assertThat(r.ranking().get(9).tieBroken()).isFalse();
        // the same ballots with the earliest candidacy first: 6 (received before 7) takes the sixth seat
        AssociationTally.Result earliest = AssociationTally.tally(42, 6, TieBreak.EARLIEST_CANDIDACY, candidates(10), cast);
        assertThat(earliest.elected()).extracting(AssociationTally.Ranked::candidateId)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(earliest.alternates()).extracting(AssociationTally.Ranked::candidateId)
                .containsExactly(7L, 8L, 9L, 10L);
    }

    @Test
    void earliestCandidacyBreaksTiesInOrderOfReceipt() {
        // 3, 4 and 5 tie with one vote each; 1 and 2 lead; 2 seats... then 3 seats: only one of the three is elected
        List<Set<Long>> cast = ballots(new long[] {1, 2, 5}, new long[] {1, 2, 4}, new long[] {1, 3});
        AssociationTally.Result r = AssociationTally.tally(7, 3, TieBreak.EARLIEST_CANDIDACY, candidates(5), cast);
        assertThat(r.ranking()).extracting(AssociationTally.Ranked::candidateId).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(r.elected()).extracting(AssociationTally.Ranked::candidateId).containsExactly(1L, 2L, 3L);
        assertThat(r.ranking()).extracting(AssociationTally.Ranked::tieBroken)
                .containsExactly(false, false, true, true, true);
        // the same day of receipt: the earlier entry wins
        List<AssociationTally.Candidate> sameDay = List.of(
                new AssociationTally.Candidate(10, LocalDate.of(2026, 10, 5), T0.plusSeconds(50)),
                new AssociationTally.Candidate(11, LocalDate.of(2026, 10, 5), T0.plusSeconds(10)),
                new AssociationTally.Candidate(12, LocalDate.of(2026, 10, 4), T0.plusSeconds(90)));
        AssociationTally.Result tie = AssociationTally.tally(8, 1, TieBreak.EARLIEST_CANDIDACY, sameDay,
                ballots(new long[] {10}, new long[] {11}, new long[] {12}));
        assertThat(tie.ranking()).extracting(AssociationTally.Ranked::candidateId).containsExactly(12L, 11L, 10L);
    }

    @Test
    void theLotIsReproducibleFromThePublishedSeedAndIndependentOfBallotOrder() {
        List<Set<Long>> cast = ballots(new long[] {1, 2}, new long[] {3, 4}, new long[] {5, 6}, new long[] {7, 8});
        AssociationTally.Result r = AssociationTally.tally(99, 3, TieBreak.LOT, candidates(8), cast);
        assertThat(r.ranking()).allMatch(AssociationTally.Ranked::tieBroken);
        // shuffled ballots: same digest, same seed, same ranking
        List<Set<Long>> shuffled = new ArrayList<>(cast);
        Collections.shuffle(shuffled, new Random(1));
        AssociationTally.Result again = AssociationTally.tally(99, 3, TieBreak.LOT, candidates(8), shuffled);
        assertThat(again).isEqualTo(r);
        // anyone re-derives the seed and the order from the ballots
        assertThat(r.seed()).isEqualTo(AssociationTally.seed(99, AssociationTally.ballotsDigest(cast)));
        List<Long> byKey = LongStream.rangeClosed(1, 8).boxed()
                .sorted(java.util.Comparator.comparing(id -> AssociationTally.lotKey(r.seed(), id))).toList();
        assertThat(r.ranking()).extracting(AssociationTally.Ranked::candidateId).containsExactlyElementsOf(byKey);
        // the digest is documented: sorted lines, ids ascending, "\n" after each
        assertThat(AssociationTally.ballotsDigest(ballots(new long[] {2, 1})))
                .isEqualTo(sha256("1,2\n"));
        // another election id: another seed
        assertThat(AssociationTally.tally(100, 3, TieBreak.LOT, candidates(8), cast).seed()).isNotEqualTo(r.seed());
    }

    @Test
    void ballotsOutsideTheRuleAreRejected() {
        Set<Long> standing = Set.of(1L, 2L, 3L);
        assertThatThrownBy(() -> AssociationTally.check(Set.of(), 2, standing)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssociationTally.check(Set.of(1L, 2L, 3L), 2, standing))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssociationTally.check(Set.of(9L), 2, standing)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssociationTally.distinct(List.of(1L, 1L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssociationTally.tally(1, 2, TieBreak.LOT, candidates(3), ballots(new long[] {1, 2, 3})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTallyIsPlainJava() {
        noClasses().that().resideInAPackage("fr.agora.council.election..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "jakarta.persistence..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("fr.agora.council.election"));
    }

    static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
