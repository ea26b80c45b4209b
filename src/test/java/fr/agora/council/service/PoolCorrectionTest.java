package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.domain.DrawStatus;
import fr.agora.council.pool.PoolSource;
import fr.agora.council.support.CouncilTestData;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Before the freeze a pool can be corrected: a source removed, the whole pool reset; after it, nothing. A council
 * keeps every draw, and opens a new one for a new mandate once the previous one took place.
 */
@AgoraSpringTest
class PoolCorrectionTest {

    @Autowired
    CouncilTestData data;
    @Autowired
    DrawService draws;
    @Autowired
    PoolImportService imports;
    @Autowired
    fr.agora.council.domain.PoolPersonRepository people;

    static <T> T operator(java.util.function.Supplier<T> action) {
        return As.user(CouncilTestData.OPERATOR, action, Role.Names.DRAW_OPERATOR);
    }

    void load(long drawId, PoolSource source, byte[] file) {
        operator(() -> imports.importFile(drawId, source, source.name() + ".csv", file, CouncilTestData.mapping(file)));
    }

    @Test
    void aSourceIsRemovedOrThePoolResetBeforeTheFreezeOnly() {
        CouncilData c = data.council().named("Conseil vivier corrigé").population(1000).create();
        DrawData d = data.draw(c.id()).open();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        load(d.id(), PoolSource.RIL, CouncilTestData.pool(10, "Commun" + tag));
        // the same ten people from the HLM file, and five more who are only there
        load(d.id(), PoolSource.HLM, CouncilTestData.pool(10, "Commun" + tag));
        load(d.id(), PoolSource.HLM, CouncilTestData.pool(5, "Locataire" + tag));
        assertThat(people.countByDrawId(d.id())).isEqualTo(15);

        assertThat(operator(() -> imports.removeSource(d.id(), PoolSource.HLM))).isEqualTo(5);
        assertThat(people.findByDrawIdOrderById(d.id())).hasSize(10).allSatisfy(p -> assertThat(p.getSources())
                .isEqualTo("RIL"));
        assertThat(operator(() -> imports.importsOf(d.id()))).extracting(i -> i.getSource()).containsOnly("RIL");

        assertThat(operator(() -> imports.resetPool(d.id()))).isEqualTo(10);
        assertThat(people.countByDrawId(d.id())).isZero();
        assertThat(operator(() -> imports.importsOf(d.id()))).isEmpty();

        load(d.id(), PoolSource.RIL, CouncilTestData.pool(20, "Nouveau" + tag));
        operator(() -> draws.freeze(d.id(), draws.quotas(d.id())));
        assertThatThrownBy(() -> operator(() -> imports.removeSource(d.id(), PoolSource.RIL)))
                .hasFieldOrPropertyWithValue("messageKey", "draw.error.frozen");
        assertThatThrownBy(() -> operator(() -> imports.resetPool(d.id())))
                .hasFieldOrPropertyWithValue("messageKey", "draw.error.frozen");
        assertThat(people.countByDrawId(d.id())).isEqualTo(20);
    }

    @Test
    void aNewMandateHasItsOwnDrawAndTheFormerStaysInTheHistory() {
        CouncilData c = data.council().named("Conseil deux mandats").population(1000).create();
        DrawData first = data.draw(c.id()).drawn();
        assertThat(first.status()).isEqualTo(DrawStatus.DRAWN);
        // once a draw took place, the next mandate's draw opens; a third waits until the second is done
        DrawData second = operator(() -> draws.open(c.id()));
        assertThatThrownBy(() -> operator(() -> draws.open(c.id())))
                .hasFieldOrPropertyWithValue("messageKey", "draw.error.in-progress");
        assertThat(draws.ofCouncil(c.id())).extracting(DrawData::id).containsExactlyInAnyOrder(second.id(), first.id());
        assertThat(draws.ofCouncil(c.id())).filteredOn(x -> x.id() == first.id()).singleElement()
                .satisfies(x -> assertThat(x.seed()).isEqualTo(first.seed()));
    }
}
