package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.domain.College;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.DrawStatus;
import fr.agora.council.domain.MemberOrigin;
import fr.agora.council.domain.SeatPosition;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.pool.ColumnMapping;
import fr.agora.council.pool.PoolField;
import fr.agora.council.pool.PoolSource;
import fr.agora.sortition.SortitionInstance;
import fr.agora.sortition.draw.DrawProtocol;
import fr.agora.sortition.io.PoolReader;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.council.support.CouncilTestData;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@AgoraSpringTest
public class DrawServiceTest {

    static final String OPERATOR = "tirage.test@test.local";

    @Autowired
    fr.agora.council.service.PoolImportService imports;
    @Autowired
    fr.agora.council.service.DrawPublicationService publication;
    @Autowired
    fr.agora.council.service.DrawReplyService replies;
    @Autowired
    fr.agora.council.service.RetentionService retention;
    @Autowired
    DrawService draws;
    @Autowired
    CouncilTestData data;
    @Autowired
    DrawComputations computations;
    @Autowired
    CouncilService councils;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    fr.agora.support.MutableClock clock;
    @Autowired
    fr.agora.council.domain.CouncilMemberRepository memberRows;
    @Autowired
    fr.agora.council.domain.PoolPersonRepository poolPeople;

    static <T> T operator(Supplier<T> action) {
        return As.user(OPERATOR, action, Role.Names.DRAW_OPERATOR);
    }

    /** A synthetic pool (see {@link CouncilTestData#pool}). */
    public static byte[] pool(int n, String prefix) {
        return CouncilTestData.pool(n, prefix);
    }

    long council(int population) {
        return data.council().named("Conseil tirage").population(population).create().id();
    }

    @Test
    void theWholeCeremonyIsVerifiableAndAppointsTitulairesAndSuppleantsAtParity(@TempDir Path dir) throws Exception {
        long councilId = council(1000);
        DrawData open = operator(() -> draws.open(councilId));
        assertThat(open.seats()).isEqualTo(2);
        assertThat(open.panelSize()).isEqualTo(4);

        byte[] ril = pool(40, "Habitant");
        ImportReport first = operator(() -> imports.importFile(open.id(), PoolSource.RIL, "ril.csv", ril, uncheck(ril)));
        assertThat(first.imported()).isTrue();
        assertThat(first.added()).isEqualTo(40);
        // the same people from the electoral lists: merged, not added
        byte[] electoral = pool(10, "Habitant");
        ImportReport second = operator(() -> imports.importFile(open.id(), PoolSource.ELECTORAL_LIST, "listes.csv",
                electoral, uncheck(electoral)));
        assertThat(second.added()).isZero();
        assertThat(second.merges()).hasSize(10).allSatisfy(m -> assertThat(m.sources())
                .containsExactlyInAnyOrder(PoolSource.RIL, PoolSource.ELECTORAL_LIST));

        List<QuotaLine> quotas = operator(() -> draws.quotas(open.id()));
        assertThat(quotas).filteredOn(q -> q.category().equals("sex")).allSatisfy(q -> {
            assertThat(q.hard()).isTrue();
            assertThat(q.min()).isEqualTo(2);
        });
        assertThat(quotas).filteredOn(q -> q.category().equals("eu") && q.value().equals("non-eu"))
                .singleElement().satisfies(q -> assertThat(q.min()).isEqualTo(1));

        DrawData frozen = operator(() -> draws.freeze(open.id(), quotas));
        assertThat(frozen.commitment()).hasSize(64);
        byte[] late = pool(3, "Retardataire");
        assertThatThrownBy(() -> operator(() -> imports.importFile(open.id(), PoolSource.HLM, "hlm.csv", late, uncheck(late))))
                .hasFieldOrPropertyWithValue("messageKey", "draw.error.frozen");
        assertThatThrownBy(() -> operator(() -> draws.draw(open.id(), "1234561234", "Témoins")))
                .hasFieldOrPropertyWithValue("messageKey", "draw.error.not-computed");

        operator(() -> computations.start(open.id()));
        DrawComputations.Progress done = waitFor(open.id());
        assertThat(done.state()).isEqualTo(DrawComputations.State.DONE);
        DrawData computed = operator(() -> draws.get(open.id()));
        assertThat(computed.status()).isEqualTo(DrawStatus.COMPUTED);
        assertThat(computed.leximinMin()).isGreaterThan(0).isLessThanOrEqualTo(computed.leximinMax());
        assertThat(computed.legacyMin()).isNotNull();

        assertThatThrownBy(() -> operator(() -> draws.draw(open.id(), "12a", "Témoins")))
                .hasFieldOrPropertyWithValue("messageKey", "draw.error.entropy");
        String entropy = "3141562653";
        DrawData drawn = operator(() -> draws.draw(open.id(), entropy, "Mme A. (témoin), M. B. (témoin)"));
        assertThat(drawn.status()).isEqualTo(DrawStatus.DRAWN);
        assertThat(drawn.number()).isBetween(1, 1000);
        assertThatThrownBy(() -> operator(() -> draws.draw(open.id(), entropy, "Encore")))
                .hasFieldOrPropertyWithValue("messageKey", "draw.error.already-drawn");
        assertThat(audit.search(OPERATOR, "DRAW_DRAW", null, null, PageRequest.of(0, 10))).isNotEmpty();

        // anyone can check the record against the published pool and quotas, as `sortition verify` does
        Path people = Files.write(dir.resolve("pool.csv"), publication.poolCsv(open.id()));
        Path quotaFile = Files.write(dir.resolve("quotas.csv"), publication.quotasCsv(open.id()));
        SortitionInstance published = PoolReader.read(people, quotaFile, 4, PoolReader.Options.defaults());
        assertThat(DrawProtocol.verify(publication.record(open.id()), published, entropy)).isEmpty();
        assertThat(new String(publication.poolCsv(open.id()), StandardCharsets.UTF_8)).doesNotContain("Habitant")
                .doesNotContain("@");

        // two seats: one titulaire and one suppléant each, two women and two men in all
        List<MemberData> members = As.user("agent.tirage@test.local", () -> councils.members(councilId), Role.Names.STAFF);
        assertThat(members).hasSize(4).allSatisfy(m -> {
            assertThat(m.origin()).isEqualTo(MemberOrigin.DRAW);
            assertThat(m.college()).isEqualTo(College.HABITANTS);
            assertThat(m.official()).isFalse();
        });
        assertThat(members).filteredOn(m -> m.position() == SeatPosition.TITULAIRE).hasSize(2);
        Map<String, Map<String, Long>> composition = publication.composition(open.id());
        assertThat(composition.get("sex")).containsEntry("female", 2L).containsEntry("male", 2L);
        assertThat(publication.publicQuotas(open.id())).filteredOn(q -> q.category().equals("sex"))
                .allSatisfy(q -> assertThat(q.achieved()).isEqualTo(2));

        // answers: a refusal is replaced on the same seat and position by the next reserve person of the same sex
        List<MemberData> drawnList = operator(() -> replies.drawnMembers(open.id()));
        assertThat(drawnList).hasSize(4).allSatisfy(m -> assertThat(m.response()).isEqualTo("PENDING"));
        MemberData declining = drawnList.get(0);
        String sex = poolPeople.findById(memberRows.findById(declining.id()).orElseThrow().getPoolPersonId())
                .orElseThrow().getSex();
        operator(() -> {
            replies.respond(declining.id(), CouncilMember.Response.DECLINED);
            return null;
        });
        List<MemberData> afterDecline = operator(() -> replies.drawnMembers(open.id()));
        assertThat(afterDecline).hasSize(5);
        MemberData replacement = afterDecline.stream().filter(m -> m.active() && m.seatNo() == declining.seatNo()
                && m.position() == declining.position()).findFirst().orElseThrow();
        assertThat(replacement.id()).isNotEqualTo(declining.id());
        assertThat(replacement.response()).isEqualTo("PENDING");
        assertThat(poolPeople.findById(memberRows.findById(replacement.id()).orElseThrow().getPoolPersonId())
                .orElseThrow().getSex()).isEqualTo(sex);
        assertThat(afterDecline).filteredOn(m -> m.id() == declining.id()).singleElement()
                .satisfies(m -> assertThat(m.response()).isEqualTo("DECLINED"));
        operator(() -> {
            replies.respond(replacement.id(), CouncilMember.Response.ACCEPTED);
            return null;
        });
        assertThatThrownBy(() -> operator(() -> {
            replies.respond(replacement.id(), CouncilMember.Response.DECLINED);
            return null;
        })).hasFieldOrPropertyWithValue("messageKey", "draw.error.not-pending");
        assertThat(publication.composition(open.id()).get("sex")).containsEntry("female", 2L).containsEntry("male", 2L);
        // the seats file holds the drawn assignment and the replacement, and re-checks from the published files
        byte[] seats = publication.seats(open.id());
        assertThat(new String(seats, StandardCharsets.UTF_8).strip().split("\n")).hasSize(2);
        assertThat(new String(seats, StandardCharsets.UTF_8)).contains("\"reason\":\"declined\"")
                .contains("\"leaving\":\"" + memberRows.findById(declining.id()).orElseThrow().getPoolPersonId() + "\"")
                .contains("\"replacement\":\"" + memberRows.findById(replacement.id()).orElseThrow().getPoolPersonId()
                        + "\"");
        fr.agora.sortition.draw.DrawRecord sealed = fr.agora.sortition.draw.DrawRecord.parse(publication.record(open.id()));
        assertThat(fr.agora.sortition.seats.SeatLog.verify(seats, sealed, published)).isEmpty();
        assertThat(publication.seatsSummary(open.id()).replacements()).isEqualTo(1);

        // retention: 31 days later the nightly job erases names and contacts, and the draw can still be checked
        byte[] poolBefore = publication.poolCsv(open.id());
        assertThat(retention.purgeExpiredPools()).isZero();
        clock.advance(java.time.Duration.ofDays(31));
        try {
            retention.purgeExpiredPools();
            assertThat(poolPeople.findByDrawIdOrderById(open.id())).allSatisfy(p -> {
                assertThat(p.getLastName()).isEmpty();
                assertThat(p.getEmail()).isEmpty();
            });
            assertThat(publication.poolCsv(open.id())).isEqualTo(poolBefore);
            assertThat(DrawProtocol.verify(publication.record(open.id()), published, entropy)).isEmpty();
            assertThat(fr.agora.sortition.seats.SeatLog.verify(publication.seats(open.id()), sealed, published)).isEmpty();
            assertThat(retention.purgeExpiredPools()).isZero();
        } finally {
            clock.reset();
        }
    }

    @Test
    void aBadFileChangesNothingAndListsEveryBadLine() throws Exception {
        long councilId = council(1000);
        DrawData open = operator(() -> draws.open(councilId));
        String text = "Nom;Prénom;Date de naissance;Sexe;Adresse\nA;B;01/01/1990;F;1 rue X\nC;D;32/01/1990;F;2 rue X\n"
                + "E;F;01/01/1990;Z;3 rue X\n";
        byte[] bad = text.getBytes(StandardCharsets.UTF_8);
        ImportReport report = operator(() -> imports.importFile(open.id(), PoolSource.HLM, "hlm.csv", bad, uncheck(bad)));
        assertThat(report.imported()).isFalse();
        assertThat(report.rejected()).extracting(r -> r.line()).containsExactly(3, 4);
        assertThat(operator(() -> draws.get(open.id())).poolSize()).isZero();
        assertThat(audit.search(OPERATOR, "DRAW_IMPORT", null, null, PageRequest.of(0, 50)))
                .anyMatch(e -> e.getDetails().contains("hlm.csv"));
        assertThatThrownBy(() -> operator(() -> imports.importFile(open.id(), PoolSource.HLM, "x.csv", new byte[0],
                Map.of()))).isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey", "pool.file.empty");
    }

    @Test
    void infeasibleParityIsExplainedAndNothingIsFrozen() throws Exception {
        long councilId = council(1000);
        DrawData open = operator(() -> draws.open(councilId));
        StringBuilder s = new StringBuilder("Nom;Prénom;Date de naissance;Sexe;Adresse\n");
        for (int i = 0; i < 10; i++) {
            s.append("Femme").append(i).append(";A;01/01/1980;").append(i == 0 ? "M" : "F").append(";").append(i).append(" rue\n");
        }
        byte[] file = s.toString().getBytes(StandardCharsets.UTF_8);
        operator(() -> imports.importFile(open.id(), PoolSource.RIL, "ril.csv", file, uncheck(file)));
        List<QuotaLine> quotas = operator(() -> draws.quotas(open.id()));
        assertThatThrownBy(() -> operator(() -> draws.freeze(open.id(), quotas)))
                .hasFieldOrPropertyWithValue("messageKey", "draw.error.infeasible");
        assertThat(operator(() -> draws.get(open.id())).status()).isEqualTo(DrawStatus.OPEN);
    }

    @Test
    void onlyDrawOperatorsTouchThePool() {
        long councilId = council(1000);
        assertThatThrownBy(() -> As.user("agent@test.local", () -> draws.open(councilId), Role.Names.STAFF, Role.Names.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        DrawData open = operator(() -> draws.open(councilId));
        assertThatThrownBy(() -> As.user("habitant@test.local", () -> draws.quotas(open.id()), Role.Names.RESIDENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.anonymous(() -> imports.importsOf(open.id()))).isInstanceOf(AccessDeniedException.class);
        // nothing is public before the freeze
        assertThatThrownBy(() -> As.anonymous(() -> publication.poolCsv(open.id()))).isInstanceOf(BusinessException.class);
    }

    public static Map<PoolField, Integer> uncheck(byte[] file) {
        return CouncilTestData.mapping(file);
    }

    DrawComputations.Progress waitFor(long drawId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            DrawComputations.Progress p = computations.progress(drawId).orElseThrow();
            if (p.state() != DrawComputations.State.RUNNING) {
                return p;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("LEXIMIN did not finish in 60 s");
    }
}
