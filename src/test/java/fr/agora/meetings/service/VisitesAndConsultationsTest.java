package fr.agora.meetings.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.meetings.domain.AvisKind;
import fr.agora.meetings.domain.ChantierRepository;
import fr.agora.meetings.domain.ChantierStatus;
import fr.agora.meetings.domain.ItemKind;
import fr.agora.meetings.domain.ItemStatus;
import fr.agora.shared.domain.GeoPoint;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Visites de proximité and consultations before works on MariaDB: their rules and bad input. */
@AgoraSpringTest
class VisitesAndConsultationsTest {

    static final GeoPoint PARMENTIER = new GeoPoint(49.8972, 2.3015);

    @Autowired
    MeetingFixtures fx;
    @Autowired
    VisiteService visites;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ComplianceService compliance;
    @Autowired
    ChantierRepository chantiers;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    LocalDate today() {
        return Paris.date(clock.instant());
    }

    ChantierForm form(String title, LocalDate worksStart, LocalDate opens, LocalDate closes) {
        return new ChantierForm(title, "Place Parmentier", PARMENTIER, null, "Voirie", "Réfection de la place", null,
                worksStart, opens, closes);
    }

    @Test
    void a_visite_clears_the_comite_from_the_dashboard_and_its_items_are_followed_until_closed() {
        String officer = MeetingFixtures.unique("officier") + "@test.fr";
        long comite = fx.comite(officer);
        VisiteData v = As.user(officer, () -> visites.plan(comite, today(), null, "Adjoint", "Voirie"),
                Role.Names.COMMITTEE_OFFICER);
        VisiteData withItem = As.user(officer, () -> visites.addItem(v.id(), ItemKind.PROBLEM, "Trottoir défoncé",
                PARMENTIER, "Voirie"), Role.Names.COMMITTEE_OFFICER);
        long item = withItem.items().getFirst().id();
        assertThatThrownBy(() -> As.user(officer, () -> visites.addItem(v.id(), ItemKind.NEED, "Au large",
                new GeoPoint(48.85, 2.35), "Voirie"), Role.Names.COMMITTEE_OFFICER))
                .extracting("messageKey").isEqualTo("visites.error.point");
        long other = fx.comite(null);
        assertThatThrownBy(() -> As.user(officer, () -> visites.plan(other, today(), null, null, null),
                Role.Names.COMMITTEE_OFFICER)).extracting("messageKey").isEqualTo("comites.error.not-your-comite");
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> visites.follow(item, ItemStatus.CLOSED, " "),
                Role.Names.STAFF)).extracting("messageKey").isEqualTo("visites.error.answer-required");
        As.user(MeetingFixtures.STAFF, () -> visites.follow(item, ItemStatus.CLOSED, "Réparé le 3"), Role.Names.STAFF);
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> visites.follow(item, ItemStatus.OPEN, "Rouvert"),
                Role.Names.STAFF)).extracting("messageKey").isEqualTo("visites.error.closed");
        VisiteData shown = As.anonymous(() -> visites.all()).stream().filter(x -> x.id() == v.id()).findFirst().orElseThrow();
        assertThat(shown.items().getFirst().status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(shown.items().getFirst().answer()).isEqualTo("Réparé le 3");
        ComplianceReport report = As.user(MeetingFixtures.STAFF, () -> compliance.currentYear(), Role.Names.STAFF);
        assertThat(report.flaggedComites()).extracting(ComplianceReport.ComiteLine::comiteId).doesNotContain(comite)
                .contains(other);
    }

    @Test
    void a_window_ending_after_the_works_start_is_refused_and_nothing_is_saved() {
        fx.basics();
        long before = chantiers.count();
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> consultations.save(null, form("Trop tard",
                today().plusDays(10), today(), today().plusDays(10))), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("consultations.error.window-after-start");
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> consultations.save(null, form("À l'envers",
                today().plusDays(30), today().plusDays(5), today())), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("consultations.error.window-order");
        assertThat(chantiers.count()).isEqualTo(before);
    }

    @Test
    void one_avis_per_resident_moderated_then_comments_during_works_and_closing_needs_the_summary() {
        fx.basics();
        String other = MeetingFixtures.unique("voisine") + "@test.fr";
        fx.account(other, "Voisine", Role.RESIDENT);
        ChantierData c = As.user(MeetingFixtures.STAFF, () -> consultations.save(null, form("Place Parmentier "
                + MeetingFixtures.unique("c"), today().plusDays(20), today(), today().plusDays(10))), Role.Names.STAFF);
        ChantierData.AvisData a = As.user(MeetingFixtures.RESIDENT, () -> consultations.giveAvis(c.id(), "Garder les arbres"),
                Role.Names.RESIDENT);
        assertThat(a.kind()).isEqualTo(AvisKind.AVIS);
        assertThatThrownBy(() -> As.user(MeetingFixtures.RESIDENT, () -> consultations.giveAvis(c.id(), "Encore"),
                Role.Names.RESIDENT)).extracting("messageKey").isEqualTo("consultations.error.one-avis");
        As.user(other, () -> consultations.giveAvis(c.id(), "<b>Plus de bancs</b>"), Role.Names.RESIDENT);
        assertThat(As.anonymous(() -> consultations.get(c.id())).avis()).isEmpty();
        As.user(MeetingFixtures.STAFF, () -> consultations.moderate(a.id(), true), Role.Names.STAFF);
        assertThat(As.anonymous(() -> consultations.get(c.id())).avis()).extracting(ChantierData.AvisData::body)
                .containsExactly("Garder les arbres");
        // closing needs the published summary, which waits for the window to close
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> consultations.close(c.id()), Role.Names.STAFF))
                .extracting("messageKey").isEqualTo("consultations.error.close-without-summary");
        assertThatThrownBy(() -> As.user(MeetingFixtures.STAFF, () -> consultations.publishSummary(c.id(), "Synthèse"),
                Role.Names.STAFF)).extracting("messageKey").isEqualTo("consultations.error.summary-too-early");
        clock.advance(Duration.ofDays(12));
        ChantierData.AvisData comment = As.user(MeetingFixtures.RESIDENT, () -> consultations.giveAvis(c.id(),
                "Le chantier déborde sur le trottoir"), Role.Names.RESIDENT);
        assertThat(comment.kind()).isEqualTo(AvisKind.COMMENT);
        As.user(MeetingFixtures.STAFF, () -> {
            consultations.publishSummary(c.id(), "Les arbres sont gardés ; deux bancs ajoutés.");
            consultations.close(c.id());
        }, Role.Names.STAFF);
        ChantierData closed = As.anonymous(() -> consultations.get(c.id()));
        assertThat(closed.status()).isEqualTo(ChantierStatus.CLOSED);
        assertThat(closed.summary()).contains("deux bancs");
    }
}
