package fr.agora.sortition;

import fr.agora.sortition.draw.CounterRng;
import fr.agora.sortition.draw.DrawProtocol;
import fr.agora.sortition.draw.DrawRecord;
import fr.agora.sortition.seats.SeatAssignment;
import fr.agora.sortition.seats.SeatAssignment.Seat;
import fr.agora.sortition.seats.SeatLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static SortitionInstance instance;
    private static DrawRecord record;

    @BeforeAll
    static void draw() throws Exception {
        instance = Fixtures.opendlp();
        record = DrawProtocol.draw(instance, Leximin.solve(instance), "6 5 4 3 2 1 1 2", 0);
    }

    @Test
    void assignmentGivesEveryDrawnPersonOneRoleWithAsManySameGenderPairsAsPossible() throws Exception {
        SeatAssignment a = SeatAssignment.assign(instance, record, 15, "gender");
        assertThat(a.seats()).hasSize(15).extracting(Seat::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 15).boxed().toList());
        assertThat(a.holders()).containsExactlyInAnyOrderElementsOf(record.panel());
        Map<String, Integer> inPanel = new HashMap<>();
        record.panel().forEach(id -> inPanel.merge(gender(id), 1, Integer::sum));
        Map<String, Integer> samePairs = new HashMap<>();
        Map<String, Integer> titulaires = new HashMap<>();
        for (Seat s : a.seats()) {
            if (gender(s.titulaire()).equals(gender(s.suppleant()))) {
                samePairs.merge(gender(s.titulaire()), 1, Integer::sum);
            }
            titulaires.merge(gender(s.titulaire()), 1, Integer::sum);
            // the titulaire is the member of the pair with the smaller key
            assertThat(SeatAssignment.key(record.seed(), s.titulaire()))
                    .isLessThan(SeatAssignment.key(record.seed(), s.suppleant()));
        }
        inPanel.forEach((g, c) -> {
            assertThat(samePairs.getOrDefault(g, 0)).as(g).isEqualTo(c / 2);
            assertThat(titulaires.getOrDefault(g, 0)).as(g).isBetween(c / 2, (c + 1) / 2);
        });
        // the key is the documented SHA-256, reproducible with sha256sum
        String id = record.panel().get(0);
        assertThat(SeatAssignment.key(record.seed(), id)).isEqualTo(CounterRng.hex(CounterRng.sha256(
                ("agora-seats/1:" + record.seed() + ":" + id).getBytes(StandardCharsets.UTF_8))));
        // same draw, same seats; another entropy, other seats
        assertThat(SeatAssignment.assign(instance, record, 15, "gender")).isEqualTo(a);
        DrawRecord other = DrawProtocol.draw(instance, Leximin.solve(instance), "1 1 1 1 1 1 1 1", 0);
        assertThat(SeatAssignment.assign(instance, other, 15, "gender").seats()).isNotEqualTo(a.seats());
        assertThatThrownBy(() -> SeatAssignment.assign(instance, record, 14, "gender"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacementIsTheFirstReservePersonKeepingEveryQuotaAndTheSeatsGender() {
        SeatLog log = SeatLog.start(instance, record, 15, "gender");
        // with this pool's tight quotas some holders cannot be replaced at all: take the first seat whose titulaire can
        Seat seat = log.seats().stream().filter(x -> log.replace(instance, record, x.titulaire(),
                SeatLog.Reason.DECLINED, List.of(), DAY).replacement().isPresent()).findFirst().orElseThrow();
        SeatLog.Step step = log.replace(instance, record, seat.titulaire(), SeatLog.Reason.DECLINED, List.of(), DAY);
        String chosen = step.replacement().orElseThrow();
        assertThat(step.entry().seat()).isEqualTo(seat.number());
        assertThat(step.entry().role()).isEqualTo(SeatAssignment.Role.TITULAIRE);
        assertThat(step.log().seats().get(seat.number() - 1)).isEqualTo(new Seat(seat.number(), chosen,
                seat.suppleant()));
        // the new panel keeps every quota
        assertThat(instance.checkPanel(indexes(step.log()))).isEmpty();
        // everyone before in the reserve order would have broken a quota or the seat's gender
        List<String> before = record.reserve().subList(0, record.reserve().indexOf(chosen));
        for (String id : before) {
            List<String> holders = new ArrayList<>(log.assignment().holders());
            holders.set(holders.indexOf(seat.titulaire()), id);
            boolean keepsQuotas = instance.checkPanel(holders.stream().mapToInt(instance::indexOf).toArray())
                    .isEmpty();
            assertThat(keepsQuotas && gender(id).equals(gender(seat.titulaire()))).as(id).isFalse();
        }
        assertThat(gender(chosen)).isEqualTo(gender(seat.titulaire()));

        // declared unavailable: the next acceptable person is taken, and the declaration is published
        SeatLog.Step skipping = log.replace(instance, record, seat.titulaire(), SeatLog.Reason.UNREACHABLE,
                List.of(chosen), DAY);
        assertThat(skipping.entry().replacement()).isNotEqualTo(chosen);
        if (skipping.replacement().isPresent()) {
            assertThat(instance.checkPanel(indexes(skipping.log()))).isEmpty();
        } else {
            assertThat(skipping.vacancy()).get().asString().contains("1 déclarée(s) indisponible(s)");
        }
        assertThat(skipping.log().text()).contains("\"unavailable\":[\"" + chosen + "\"]")
                .contains("\"reason\":\"unreachable\"");
    }

    @Test
    void successiveReplacementsVerifyAndNobodyIsCalledTwice() {
        SeatLog log = SeatLog.start(instance, record, 15, "gender");
        Set<String> called = new HashSet<>(record.panel());
        int replaced = 0;
        for (int i = 0; i < 15 && replaced < 6; i++) {
            Seat s = log.seats().get(i);
            String leaving = i % 2 == 0 ? s.titulaire() : s.suppleant();
            SeatLog.Step step = log.replace(instance, record, leaving, SeatLog.Reason.DECLINED, List.of(),
                    DAY.plusDays(i));
            if (step.replacement().isEmpty()) {
                continue; // the log is immutable: this step is simply not kept
            }
            String r = step.replacement().orElseThrow();
            assertThat(called.add(r)).as(r).isTrue();
            log = step.log();
            replaced++;
            assertThat(instance.checkPanel(indexes(log))).isEmpty();
        }
        assertThat(replaced).isEqualTo(6);
        assertThat(log.entries()).hasSize(6);
        // a kept vacancy verifies too
        SeatLog six = log;
        Seat vacated = log.seats().stream().filter(x -> six.replace(instance, record, x.titulaire(),
                SeatLog.Reason.DECLINED, List.of(), DAY.plusDays(20)).vacancy().isPresent()).findFirst().orElseThrow();
        log = log.replace(instance, record, vacated.titulaire(), SeatLog.Reason.DECLINED, List.of(), DAY.plusDays(20))
                .log();
        assertThat(log.seats().get(vacated.number() - 1).titulaire()).isNull();
        assertThat(SeatLog.verify(bytes(log.text()), record, instance)).isEmpty();
        assertThat(SeatLog.parse(bytes(log.text()), record, instance).text()).isEqualTo(log.text());
        SeatLog last = log;
        assertThatThrownBy(() -> last.replace(instance, record, last.entries().get(0).leaving(),
                SeatLog.Reason.DECLINED, List.of(), DAY.plusDays(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n'occupe aucun siège");
        assertThatThrownBy(() -> last.replace(instance, record, last.seats().get(14).suppleant(),
                SeatLog.Reason.DECLINED, List.of(), DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> last.replace(instance, record, last.seats().get(14).suppleant(),
                SeatLog.Reason.DECLINED, List.of(record.panel().get(0)), DAY.plusDays(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("réserve");
    }

    @Test
    void whenNoReservePersonKeepsTheQuotasTheSeatStaysVacantWithAReason() throws Exception {
        // four people, one seat: {a,b} and {c,d} are the only panels meeting the quotas
        List<Person> people = List.of(person("a", "female", "young"), person("b", "male", "old"),
                person("c", "female", "old"), person("d", "male", "young"));
        List<Quota> quotas = List.of(Quota.of("gender", "female", 1, 1, 2), Quota.of("gender", "male", 1, 1, 2),
                Quota.of("age", "young", 1, 1, 2), Quota.of("age", "old", 1, 1, 2));
        SortitionInstance small = new SortitionInstance(people, quotas, 2);
        DrawRecord r = DrawProtocol.draw(small, Leximin.solve(small), "1 2 3", 0);
        SeatLog log = SeatLog.start(small, r, 1, null);
        String leaving = log.seats().get(0).titulaire();
        SeatLog.Step step = log.replace(small, r, leaving, SeatLog.Reason.DECLINED, List.of(), DAY);
        assertThat(step.replacement()).isEmpty();
        assertThat(step.vacancy()).get().asString().contains("aucune personne de la réserve")
                .contains("2 examinée(s)").contains("hors quota").contains("vacant");
        assertThat(step.log().seats().get(0).titulaire()).isNull();
        assertThat(SeatLog.verify(bytes(step.log().text()), r, small)).isEmpty();

        // a replacement that breaks a quota, re-hashed consistently, is rejected
        String forged = rehash(step.log().text().replace("\"replacement\":null", "\"replacement\":\""
                + r.reserve().get(0) + "\""), r.recordHash());
        assertThat(SeatLog.verify(bytes(forged), r, small)).get().asString()
                .contains("le remplacement devrait être aucun");
    }

    @Test
    void tamperedSeatsOrReplacementsAreDetected() throws Exception {
        SeatLog start = SeatLog.start(instance, record, 15, "gender");
        Seat first = start.seats().get(0);
        String firstLeaving = replaceable(start);
        SeatLog once = start.replace(instance, record, firstLeaving, SeatLog.Reason.DECLINED, List.of(), DAY).log();
        SeatLog log = once.replace(instance, record, replaceable(once), SeatLog.Reason.WITHDREW, List.of(), DAY)
                .log();
        String text = log.text();
        assertThat(SeatLog.verify(bytes(text), record, instance)).isEmpty();

        // titulaire and suppléant of seat 1 swapped, chain recomputed
        String swapped = rehash(text.replaceFirst("\"titulaire\":\"" + first.titulaire() + "\",\"suppleant\":\""
                + first.suppleant() + "\"", "\"titulaire\":\"" + first.suppleant() + "\",\"suppleant\":\""
                + first.titulaire() + "\""), record.recordHash());
        assertThat(swapped).isNotEqualTo(text);
        assertThat(SeatLog.verify(bytes(swapped), record, instance)).get().asString()
                .contains("l'attribution des sièges ne découle pas du tirage");

        // another reserve person put in as the second replacement, chain recomputed
        String second = log.entries().get(1).replacement();
        String otherPerson = record.reserve().stream().filter(id -> !id.equals(second)
                && !id.equals(log.entries().get(0).replacement())).findFirst().orElseThrow();
        String[] lines = text.split("\n");
        lines[2] = lines[2].replace("\"replacement\":\"" + second + "\"", "\"replacement\":\"" + otherPerson + "\"");
        String replaced = rehash(String.join("\n", lines) + "\n", record.recordHash());
        assertThat(SeatLog.verify(bytes(replaced), record, instance)).get().asString()
                .contains("ligne 3").contains("le remplacement devrait être « " + second + " »");

        // the leaving person of an entry changed to someone holding no seat
        lines = text.split("\n");
        lines[1] = lines[1].replace("\"leaving\":\"" + firstLeaving + "\"", "\"leaving\":\""
                + record.reserve().getLast() + "\"");
        assertThat(SeatLog.verify(bytes(rehash(String.join("\n", lines) + "\n", record.recordHash())), record,
                instance)).get().asString().contains("n'occupe aucun siège");

        // entries reordered, or any single byte flipped without re-hashing
        lines = text.split("\n");
        String reordered = lines[0] + "\n" + lines[2] + "\n" + lines[1] + "\n";
        assertThat(SeatLog.verify(bytes(reordered), record, instance)).isPresent();
        byte[] original = bytes(text);
        for (int pos = 0; pos < original.length; pos += 3) {
            byte[] tampered = original.clone();
            tampered[pos] = (byte) (tampered[pos] ^ 1);
            assertThat(SeatLog.verify(tampered, record, instance)).as("byte %d", pos).isPresent();
        }
        // a seats file of another draw
        DrawRecord other = DrawProtocol.draw(instance, Leximin.solve(instance), "1 1 1 1 1 1 1 1", 0);
        assertThat(SeatLog.verify(original, other, instance)).get().asString().contains("record_hash");
    }

    /** The first holder, seat by seat, whom a reserve person can replace. */
    private static String replaceable(SeatLog log) {
        return log.seats().stream().flatMap(x -> java.util.stream.Stream.of(x.titulaire(), x.suppleant()))
                .filter(id -> log.replace(instance, record, id, SeatLog.Reason.DECLINED, List.of(), DAY)
                        .replacement().isPresent()).findFirst().orElseThrow();
    }

    /** Recomputes the hash chain as documented in {@link SeatLog}, as a forger would. */
    private static String rehash(String text, String recordHash) {
        Pattern hash = Pattern.compile(",\"hash\":\"[0-9a-f]{64}\"}$");
        StringBuilder out = new StringBuilder();
        String previous = recordHash;
        for (String line : text.split("\n")) {
            Matcher m = hash.matcher(line);
            assertThat(m.find()).isTrue();
            String body = line.substring(0, m.start());
            previous = CounterRng.hex(CounterRng.sha256((previous + "\n" + body).getBytes(StandardCharsets.UTF_8)));
            out.append(body).append(",\"hash\":\"").append(previous).append("\"}\n");
        }
        return out.toString();
    }

    private static int[] indexes(SeatLog log) {
        List<Integer> out = new ArrayList<>();
        for (Seat s : log.seats()) {
            out.add(instance.indexOf(s.titulaire()));
            out.add(instance.indexOf(s.suppleant()));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String gender(String id) {
        return instance.people().get(instance.indexOf(id)).features().get("gender");
    }

    private static Person person(String id, String gender, String age) {
        return new Person(id, Map.of("gender", gender, "age", age), null);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
