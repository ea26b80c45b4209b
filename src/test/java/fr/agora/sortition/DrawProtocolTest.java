package fr.agora.sortition;

import fr.agora.sortition.draw.Commitment;
import fr.agora.sortition.draw.CounterRng;
import fr.agora.sortition.draw.DrawProtocol;
import fr.agora.sortition.draw.DrawRecord;
import fr.agora.sortition.draw.Lottery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DrawProtocolTest {

    private static SortitionInstance instance;
    private static SortitionResult result;
    private static String json;

    @BeforeAll
    static void draw() throws Exception {
        instance = Fixtures.opendlp();
        result = Leximin.solve(instance);
        json = DrawProtocol.draw(instance, result, "3 1 4 1 5 9 2 6", 0).toJson();
    }

    @Test
    void sameInputsSeedAndEntropyGiveByteIdenticalRecord() throws Exception {
        SortitionInstance again = Fixtures.opendlp();
        SortitionResult second = Leximin.solve(again);
        assertThat(DrawProtocol.draw(again, second, "3 1 4 1 5 9 2 6", 0).toJson()).isEqualTo(json);
    }

    @Test
    void recordIsValidAndConsistent() {
        assertThat(DrawProtocol.verify(bytes(json), instance, "3 1 4 1 5 9 2 6")).isEmpty();
        assertThat(DrawProtocol.verify(bytes(json), instance, null)).isEmpty();
        DrawRecord r = DrawRecord.parse(bytes(json));
        assertThat(r.number()).isBetween(1, 1000);
        assertThat(r.panel()).hasSize(30);
        assertThat(r.reserve()).hasSize(70).doesNotContainAnyElementsOf(r.panel());
        int tickets = 0;
        for (DrawRecord.Ticket t : r.lottery()) {
            tickets += t.copies();
            int[] panel = t.members().stream().mapToInt(instance::indexOf).toArray();
            assertThat(instance.checkPanel(panel)).isEmpty();
        }
        assertThat(tickets).isEqualTo(1000);
        // the lottery stays close to the LEXIMIN probabilities
        double sum = 0;
        for (DrawRecord.Probability p : r.probabilities()) {
            assertThat(Math.abs(p.lottery() - p.leximin())).isLessThan(0.02);
            sum += p.lottery();
        }
        assertThat(sum).isCloseTo(30, org.assertj.core.api.Assertions.within(1e-9));
        // the seed is reproducible with sha256sum: printf '%s%s' commitment entropy
        assertThat(r.seed()).isEqualTo(CounterRng.hex(CounterRng.sha256(
                (r.commitment() + "3 1 4 1 5 9 2 6").getBytes(StandardCharsets.UTF_8))));
        assertThat(r.commitment()).isEqualTo(Commitment.of(instance));
    }

    @Test
    void rejectsWrongEntropy() {
        assertThat(DrawProtocol.verify(bytes(json), instance, "3 1 4 1 5 9 2 7")).get().asString()
                .contains("entropie");
    }

    @Test
    void rejectsChangedPool() throws Exception {
        List<Person> people = new ArrayList<>(instance.people());
        Person first = people.get(0);
        java.util.Map<String, String> f = new java.util.HashMap<>(first.features());
        f.put("gender", f.get("gender").equals("female") ? "male" : "female");
        people.set(0, new Person(first.id(), f, first.household()));
        SortitionInstance changed = new SortitionInstance(people, instance.quotas(), instance.k());
        assertThat(DrawProtocol.verify(bytes(json), changed, null)).get().asString().contains("engagement");
    }

    @Test
    void everySingleByteChangeIsDetected() {
        byte[] original = bytes(json);
        // every position in the first 4000 bytes and a stride over the rest, each flipped two ways
        for (int pos = 0; pos < original.length; pos += pos < 4000 ? 1 : 37) {
            for (int delta : new int[] {1, 7}) {
                byte[] tampered = original.clone();
                tampered[pos] = (byte) (tampered[pos] ^ delta);
                assertThat(DrawProtocol.verify(tampered, instance, null)).as("byte %d ^ %d", pos, delta).isPresent();
            }
        }
    }

    @Test
    void rejectsConsistentlyResealedTampering() {
        DrawRecord r = DrawRecord.parse(bytes(json));
        List<String> panel = new ArrayList<>(r.panel());
        String outsider = r.reserve().get(0);
        panel.set(0, outsider);
        DrawRecord forged = new DrawRecord(r.format(), r.engine(), r.algorithm(), r.commitment(), r.n(), r.k(),
                r.categories(), r.quotas(), r.lotterySize(), r.lottery(), r.lotteryHash(), r.probabilities(),
                r.entropy(), r.seed(), r.number(), panel, r.reserve(), null).sealed();
        assertThat(DrawProtocol.verify(bytes(forged.toJson()), instance, null)).isPresent();
        DrawRecord otherNumber = new DrawRecord(r.format(), r.engine(), r.algorithm(), r.commitment(), r.n(), r.k(),
                r.categories(), r.quotas(), r.lotterySize(), r.lottery(), r.lotteryHash(), r.probabilities(),
                r.entropy(), r.seed(), r.number() % 1000 + 1, r.panel(), r.reserve(), null).sealed();
        assertThat(DrawProtocol.verify(bytes(otherNumber.toJson()), instance, null)).get().asString()
                .contains("numéro");
    }

    @Test
    void counterGeneratorIsUnbiasedAndDocumented() {
        CounterRng rng = new CounterRng(new byte[32]);
        int[] counts = new int[10];
        for (int i = 0; i < 100_000; i++) {
            counts[rng.uniform(10)]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(9_500, 10_500);
        }
        // first block = SHA-256(32 zero bytes ‖ 8 zero bytes): first 4 bytes read as the first uint32
        byte[] block = CounterRng.sha256(new byte[40]);
        long expected = ((block[0] & 0xffL) << 24) | ((block[1] & 0xff) << 16) | ((block[2] & 0xff) << 8)
                | (block[3] & 0xff);
        assertThat(new CounterRng(new byte[32]).nextUint32()).isEqualTo(expected);
    }

    @Test
    void lotteryRoundingKeepsExactlyMTicketsOfInputPanels() {
        List<int[]> panels = List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 2});
        double[] weights = {1 / 3.0, 1 / 3.0, 1 / 3.0};
        List<Lottery.Entry> entries = Lottery.round(panels, weights, 1000, new CounterRng(new byte[32]));
        assertThat(entries.stream().mapToInt(Lottery.Entry::copies).sum()).isEqualTo(1000);
        assertThat(entries).allSatisfy(e -> assertThat(e.copies()).isBetween(333, 334));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
