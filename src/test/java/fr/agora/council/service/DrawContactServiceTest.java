package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.council.support.CouncilTestData;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Issue 14, item 1: the draw operator's contact sheet of the drawn and reserve people. */
@AgoraSpringTest
class DrawContactServiceTest {

    @Autowired
    DrawContactService contacts;
    @Autowired
    CouncilTestData data;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    MutableClock clock;

    String operator = "tirage.contacts." + UUID.randomUUID().toString().substring(0, 8) + "@test.local";

    <T> T asOperator(java.util.function.Supplier<T> action) {
        return As.user(operator, action, Role.Names.DRAW_OPERATOR);
    }

    @Test
    void theOperatorGetsTheDrawnAndReservePeopleWithTheirImportedContactsAndEachOpeningIsAudited() {
        long councilId = data.council().named("Conseil contacts").create().id();
        DrawData drawn = data.draw(councilId).drawn();

        DrawContacts sheet = asOperator(() -> contacts.contacts(drawn.id()));
        List<DrawContacts.Line> seated = sheet.lines().stream().filter(l -> l.kind() != DrawContacts.Kind.RESERVE).toList();
        List<DrawContacts.Line> reserve = sheet.lines().stream().filter(l -> l.kind() == DrawContacts.Kind.RESERVE).toList();
        assertThat(seated).hasSize(drawn.panelSize()).allSatisfy(l -> {
            assertThat(l.email()).matches("p\\d+@exemple\\.fr");
            assertThat(l.postalAddress()).contains("rue Pierre Rollin");
            assertThat(l.response()).isEqualTo("PENDING");
            assertThat(l.deadline()).isNotNull();
            assertThat(l.seatNo()).isBetween(1, drawn.seats());
        });
        assertThat(reserve).isNotEmpty().allSatisfy(l -> assertThat(l.rank()).isPositive());
        assertThat(reserve).extracting(DrawContacts.Line::rank).isSorted();
        assertThat(sheet.availableUntil()).isEqualTo(fr.agora.council.domain.CouncilTime.day(drawn.drawnAt())
                .plusDays(30));
        assertThat(audit.search(operator, "DRAW_CONTACTS_OPENED", null, null, PageRequest.of(0, 5))).hasSize(1);

        String csv = new String(asOperator(() -> contacts.contactsCsv(drawn.id(), Locale.FRENCH)), StandardCharsets.UTF_8);
        assertThat(csv).contains("Téléphone").contains("Courriel").contains("Adresse").contains("Réserve")
                .contains(seated.get(0).email()).contains(reserve.get(0).postalAddress());
        byte[] pdf = asOperator(() -> contacts.contactsPdf(drawn.id(), Locale.FRENCH));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(audit.search(operator, "DRAW_CONTACTS_EXPORTED", null, null, PageRequest.of(0, 5)))
                .extracting(e -> e.getDetails()).anySatisfy(d -> assertThat(d).contains("csv"))
                .anySatisfy(d -> assertThat(d).contains("pdf"));
    }

    @Test
    void everyOtherRoleIsRefused() {
        long councilId = data.council().named("Conseil contacts refus").create().id();
        DrawData drawn = data.draw(councilId).drawn();
        for (Role role : Role.values()) {
            if (role == Role.DRAW_OPERATOR) {
                continue;
            }
            assertThatThrownBy(() -> As.user("autre@test.local", () -> contacts.contacts(drawn.id()), role.name()))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> As.user("autre@test.local", () -> contacts.contactsCsv(drawn.id(), Locale.FRENCH),
                    role.name())).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> As.user("autre@test.local", () -> contacts.contactsPdf(drawn.id(), Locale.FRENCH),
                    role.name())).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> As.anonymous(() -> contacts.contacts(drawn.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSheetIsRefusedBeforeTheDrawAndOnceThePoolRetentionIsOver() {
        long councilId = data.council().named("Conseil contacts délai").create().id();
        DrawData frozen = data.draw(councilId).frozen();
        assertThatThrownBy(() -> asOperator(() -> contacts.contacts(frozen.id())))
                .hasFieldOrPropertyWithValue("messageKey", "draw.error.not-done");

        long other = data.council().named("Conseil contacts expiré").create().id();
        DrawData drawn = data.draw(other).drawn();
        clock.advance(Duration.ofDays(31));
        try {
            assertThatThrownBy(() -> asOperator(() -> contacts.contactsCsv(drawn.id(), Locale.FRENCH)))
                    .hasFieldOrPropertyWithValue("messageKey", "draw.contacts.error.expired");
            assertThat(audit.search(operator, "DRAW_CONTACTS", null, null, PageRequest.of(0, 5)))
                    .anySatisfy(e -> assertThat(e.getDetails()).contains("draw.contacts.error.expired"));
        } finally {
            clock.reset();
        }
    }
}
