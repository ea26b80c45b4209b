package fr.agora.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CandidacyRepository;
import fr.agora.council.domain.OrganisationType;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.council.domain.SeatRounding;
import fr.agora.council.pool.EuStatus;
import fr.agora.council.pool.PoolSource;
import fr.agora.council.pool.Sex;
import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.council.support.CouncilTestData;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.Mails;
import fr.agora.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AgoraSpringTest
class CandidacyServiceTest {

    static final String STAFF = "agent.candidatures@test.local";

    @Autowired
    fr.agora.council.service.CampaignService calls;
    @Autowired
    fr.agora.council.service.CandidacyExportService candidacyExports;
    @Autowired
    fr.agora.council.service.PoolImportService imports;
    @Autowired
    fr.agora.council.service.InformationMeetingService meetings;
    @Autowired
    fr.agora.council.service.DrawReplyService replies;
    @Autowired
    fr.agora.council.service.RetentionService retention;
    @Autowired
    CandidacyService candidacies;

    @Autowired
    CouncilService councils;

    @Autowired
    DrawService draws;

    @Autowired
    DrawComputations computations;

    @Autowired
    CandidacyRepository repository;

    @Autowired
    PoolPersonRepository pool;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    GreenMail greenMail;

    @Autowired
    fr.agora.shared.domain.UserAccountRepository users;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static <T> T staff(Supplier<T> action) {
        return As.user(STAFF, action, Role.Names.STAFF);
    }

    long council(String... qpv) {
        return staff(() -> councils.create(new CouncilForm("Conseil candidatures " + UUID.randomUUID(), List.of(qpv), 2920,
                "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)).id());
    }

    /** A call that opened an hour ago and closes in {@code days} days. */
    CampaignData campaign(long councilId, CampaignKind kind, int days) {
        Instant now = clock.instant();
        return staff(() -> calls.create(new CampaignForm(councilId, kind, "Appel " + kind, "Rejoignez le conseil",
                "Journal municipal", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(days)), 16)));
    }

    static ResidentApplication resident(String last, String first, String email, LocalDate birth, Sex sex) {
        return new ResidentApplication(last, first, email, null, "QPV-PIERRE-ROLLIN", "12 rue Pierre Rollin", "80000",
                birth, sex, EuStatus.NON_EU, true, true);
    }

    static AssociationApplication association(String organisation, String titulaire, String suppleant) {
        return new AssociationApplication(organisation, OrganisationType.LOCATAIRES, "QPV-PIERRE-ROLLIN", "Martin",
                "Claire", "claire.martin@asso.test", "03 22 00 00 00", titulaire, null, suppleant, null, true);
    }

    static String key(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
        throw new AssertionError("refus attendu");
    }

    @Test
    void aResidentAppliesOnlineAndGetsAReferenceAndAConfirmationMail() {
        long c = council("QPV-PIERRE-ROLLIN");
        CampaignData call = campaign(c, CampaignKind.HABITANT, 30);
        assertThat(call.open()).isTrue();
        String email = "nadia." + UUID.randomUUID() + "@habitant.test";
        CandidacyReceipt receipt = As.anonymous(() -> candidacies.apply(call.id(), resident("Benali", "Nadia", email,
                LocalDate.of(1990, 5, 4), Sex.FEMALE), Locale.FRENCH));
        assertThat(receipt.reference()).matches("C-[A-Z2-9]{8}");
        assertThat(receipt.confirmationMailed()).isTrue();
        String body = Mails.lastBodyTo(greenMail, email, receipt.reference());
        assertThat(body).contains("Nadia Benali").contains("Pierre Rollin");

        List<CandidacyData> list = staff(() -> candidacies.candidacies(call.id()));
        assertThat(list).singleElement().satisfies(d -> {
            assertThat(d.reference()).isEqualTo(receipt.reference());
            assertThat(d.eu()).isEqualTo(EuStatus.NON_EU);
            assertThat(d.assisted()).isFalse();
            assertThat(d.territoryName()).isEqualTo("Pierre Rollin");
        });
        assertThat(events(null).filter(e -> e.getAction().equals("CANDIDACY_RECEIVED")
                && String.valueOf(call.id()).equals(e.getTargetId()))).hasSize(1);

        // a second candidacy with the same address in the same call is recorded, but mails nothing more
        int before = greenMail.getReceivedMessagesForDomain(email).length;
        CandidacyReceipt second = As.anonymous(() -> candidacies.apply(call.id(), resident("Benali", "Samir", email,
                LocalDate.of(1988, 2, 2), Sex.MALE), Locale.FRENCH));
        assertThat(second.confirmationMailed()).isFalse();
        assertThat(greenMail.getReceivedMessagesForDomain(email)).hasSize(before);
        assertThat(staff(() -> candidacies.candidacies(call.id()))).hasSize(2);
    }

    @Test
    void theServerEnforcesTheOpeningAndClosingInstants() {
        long c = council("QPV-PIERRE-ROLLIN");
        Instant now = clock.instant();
        CampaignData call = staff(() -> calls.create(new CampaignForm(c, CampaignKind.HABITANT, "Appel", null, null,
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), 16)));
        ResidentApplication a = resident("Durand", "Paul", "paul@habitant.test", LocalDate.of(1980, 1, 1), Sex.MALE);
        assertThat(key(() -> As.anonymous(() -> candidacies.apply(call.id(), a, Locale.FRENCH))))
                .isEqualTo("candidacy.error.not-open");
        // one minute before the close: accepted
        clock.advance(Duration.ofDays(10).minusMinutes(1));
        assertThat(As.anonymous(() -> candidacies.apply(call.id(), a, Locale.FRENCH)).reference()).isNotBlank();
        // at close + 1 minute: refused and audited
        clock.advance(Duration.ofMinutes(2));
        ResidentApplication late = resident("Lefebvre", "Anne", "anne@habitant.test", LocalDate.of(1985, 2, 2), Sex.FEMALE);
        long refusalsBefore = refusals(call.id());
        assertThat(key(() -> As.anonymous(() -> candidacies.apply(call.id(), late, Locale.FRENCH))))
                .isEqualTo("candidacy.error.closed");
        assertThat(refusals(call.id())).isEqualTo(refusalsBefore + 1);
        assertThat(repository.countByCampaignIdAndStatus(call.id(), Candidacy.Status.RECEIVED)).isEqualTo(1);
    }

    java.util.stream.Stream<fr.agora.shared.domain.AuditEvent> events(String action) {
        return audit.search(null, action, null, null, org.springframework.data.domain.PageRequest.of(0, 5000)).stream();
    }

    long refusals(long campaignId) {
        return events(null).filter(e -> e.getAction().equals("CANDIDACY_SUBMIT")
                && String.valueOf(campaignId).equals(e.getTargetId())).count();
    }

    @Test
    void ineligibleOrIncompleteCandidaciesAreRefusedAndNothingIsStored() {
        long c = council("QPV-PIERRE-ROLLIN");
        CampaignData call = campaign(c, CampaignKind.HABITANT, 30);
        LocalDate adult = LocalDate.of(1975, 6, 1);
        // 15 years old on the closing day, minimum 16
        LocalDate fifteen = LocalDate.ofInstant(call.closesAt(), fr.agora.council.domain.CouncilTime.ZONE).minusYears(15);
        assertThat(key(() -> candidacies.apply(call.id(), resident("Jeune", "Léo", "leo@h.test", fifteen, Sex.MALE),
                Locale.FRENCH))).isEqualTo("candidacy.error.too-young");
        assertThat(key(() -> candidacies.apply(call.id(), new ResidentApplication("A", "B", "ab@h.test", null,
                "QPV-PIERRE-ROLLIN", "1 rue", null, adult, Sex.FEMALE, null, false, true), Locale.FRENCH)))
                .isEqualTo("candidacy.error.residence");
        assertThat(key(() -> candidacies.apply(call.id(), new ResidentApplication("A", "B", "ab@h.test", null,
                "QPV-ETOUVIE", "1 rue", null, adult, Sex.FEMALE, null, true, true), Locale.FRENCH)))
                .isEqualTo("candidacy.error.territory");
        assertThat(key(() -> candidacies.apply(call.id(), new ResidentApplication("A", "B", "ab@h.test", null,
                "QPV-PIERRE-ROLLIN", "1 rue", null, adult, Sex.FEMALE, null, true, false), Locale.FRENCH)))
                .isEqualTo("candidacy.error.consent");
        assertThat(key(() -> candidacies.apply(call.id(), new ResidentApplication("A", "B", " ", " ",
                "QPV-PIERRE-ROLLIN", "1 rue", null, adult, Sex.FEMALE, null, true, true), Locale.FRENCH)))
                .isEqualTo("candidacy.error.contact");
        assertThat(key(() -> candidacies.apply(call.id(), resident("A", "B", "pas-une-adresse", adult, Sex.FEMALE),
                Locale.FRENCH))).isEqualTo("candidacy.error.email");
        assertThat(key(() -> candidacies.apply(call.id(), resident("<script>", "B", "ab@h.test", adult, Sex.FEMALE),
                Locale.FRENCH))).isEqualTo("candidacy.error.last-name");
        assertThat(key(() -> candidacies.apply(call.id(), resident("A", "B", "ab@h.test", adult, null),
                Locale.FRENCH))).isEqualTo("candidacy.error.sex");
        assertThat(key(() -> candidacies.apply(call.id(), resident("A", "B", "ab@h.test", LocalDate.now().plusDays(2),
                Sex.MALE), Locale.FRENCH))).isEqualTo("candidacy.error.birth-date");
        assertThat(repository.findByCampaign(call.id())).isEmpty();

        // the same person twice (accents and case aside) is one candidacy
        candidacies.apply(call.id(), resident("Lefèvre", "Zoé", "zoe@h.test", adult, Sex.FEMALE), Locale.FRENCH);
        assertThat(key(() -> candidacies.apply(call.id(), resident("LEFEVRE", "zoe", "autre@h.test", adult, Sex.FEMALE),
                Locale.FRENCH))).isEqualTo("candidacy.error.duplicate");
        assertThat(repository.findByCampaign(call.id())).hasSize(1);
        // a residents' form cannot be sent to an associations' call
        CampaignData associations = campaign(c, CampaignKind.ASSOCIATION, 30);
        assertThat(key(() -> candidacies.apply(associations.id(), resident("X", "Y", "xy@h.test", adult, Sex.MALE),
                Locale.FRENCH))).isEqualTo("candidacy.error.wrong-kind");
    }

    @Test
    void staffAndPartnersEnterPaperCandidaciesReceivedDuringTheCall() {
        long c = council("QPV-PIERRE-ROLLIN");
        CampaignData call = campaign(c, CampaignKind.HABITANT, 5);
        LocalDate today = LocalDate.now(clock.withZone(fr.agora.council.domain.CouncilTime.ZONE));
        // the call has closed; the paper form was received on its first day
        clock.advance(Duration.ofDays(6));
        ResidentApplication paper = new ResidentApplication("Moreau", "Jeanne", null, "06 12 34 56 78",
                "QPV-PIERRE-ROLLIN", "3 place du marché", "80000", LocalDate.of(1950, 3, 3), Sex.FEMALE, EuStatus.EU,
                true, true);
        if (users.findByEmail("agent.mairie@test.local").isEmpty()) {
            users.save(new fr.agora.shared.domain.UserAccount("agent.mairie@test.local", "Agnès Mairie", "{noop}x",
                    Instant.now()));
        }
        CandidacyReceipt receipt = As.user("agent.mairie@test.local", () -> candidacies.enterResident(call.id(), paper,
                new AssistedEntry(today, "Mairie annexe Est"), Locale.FRENCH), Role.Names.PARTNER);
        assertThat(receipt.confirmationMailed()).isFalse();
        CandidacyData entered = staff(() -> candidacies.candidacies(call.id())).get(0);
        assertThat(entered.assisted()).isTrue();
        // the staff member by name
        assertThat(entered.enteredBy()).isEqualTo("Agnès Mairie (agent.mairie@test.local)");
        assertThat(entered.receivedBy()).isEqualTo("Mairie annexe Est");
        assertThat(entered.receivedOn()).isEqualTo(today);

        // received after the close: refused and audited
        ResidentApplication late = new ResidentApplication("Petit", "Marc", null, "0612345679", "QPV-PIERRE-ROLLIN",
                "4 place du marché", null, LocalDate.of(1960, 3, 3), Sex.MALE, EuStatus.UNKNOWN, true, true);
        assertThat(key(() -> staff(() -> candidacies.enterResident(call.id(), late,
                new AssistedEntry(today.plusDays(6), "Centre social"), Locale.FRENCH))))
                .isEqualTo("candidacy.error.received-on");
        assertThat(key(() -> staff(() -> candidacies.enterResident(call.id(), late, new AssistedEntry(today, " "),
                Locale.FRENCH)))).isEqualTo("candidacy.error.received-by");
        assertThat(events(null).filter(e -> e.getAction().contains("CANDIDACY_ASSISTED_ENTRY"))).isNotEmpty();

        // residents cannot enter candidacies for others; partners cannot read the list
        assertThatThrownBy(() -> As.user("habitant@test.local", () -> candidacies.enterResident(call.id(), late,
                new AssistedEntry(today, "X"), Locale.FRENCH), Role.Names.RESIDENT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("agent.mairie@test.local", () -> candidacies.candidacies(call.id()),
                Role.Names.PARTNER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.anonymous(() -> candidacies.candidacies(call.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(As.user("op@test.local", () -> candidacies.candidacies(call.id()), Role.Names.DRAW_OPERATOR)).hasSize(1);
    }

    @Test
    void associationsNameATitulaireAndASuppleant() {
        long c = council("QPV-PIERRE-ROLLIN");
        CampaignData call = campaign(c, CampaignKind.ASSOCIATION, 30);
        CandidacyReceipt r = As.anonymous(() -> candidacies.applyAssociation(call.id(),
                association("Amicale des locataires Pierre Rollin", "Claire Martin", "Ahmed Diallo"), Locale.ENGLISH));
        String body = Mails.lastBodyTo(greenMail, "claire.martin@asso.test", r.reference());
        assertThat(body).contains("Amicale des locataires Pierre Rollin").contains("Hello");
        CandidacyData d = staff(() -> candidacies.candidacies(call.id())).get(0);
        assertThat(d.organisationType()).isEqualTo(OrganisationType.LOCATAIRES);
        assertThat(d.titulaireName()).isEqualTo("Claire Martin");
        assertThat(d.suppleantName()).isEqualTo("Ahmed Diallo");

        assertThat(key(() -> candidacies.applyAssociation(call.id(), association("Autre asso", "Jean Roy", "jean  roy"),
                Locale.FRENCH))).isEqualTo("candidacy.error.same-person");
        assertThat(key(() -> candidacies.applyAssociation(call.id(), association("AMICALE des locataires Pierre-Rollin",
                "A B", "C D"), Locale.FRENCH))).isEqualTo("candidacy.error.duplicate");
        assertThat(key(() -> candidacies.applyAssociation(call.id(), association("Sans suppléant", "A B", " "),
                Locale.FRENCH))).isEqualTo("candidacy.error.suppleant");

        byte[] csv = staff(() -> candidacyExports.candidaciesCsv(call.id(), Locale.FRENCH));
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Amicale des locataires Pierre Rollin")
                .contains("Association de locataires").contains(r.reference());
    }

    @Test
    void campaignsAreValidatedAndOnlyStaffOpenThem() {
        long c = council("QPV-PIERRE-ROLLIN");
        Instant now = clock.instant();
        assertThat(key(() -> staff(() -> calls.create(new CampaignForm(c, CampaignKind.HABITANT, "Appel", null, null,
                now, now.minusSeconds(1), 16))))).isEqualTo("candidacy.error.dates");
        assertThat(key(() -> staff(() -> calls.create(new CampaignForm(c, CampaignKind.HABITANT, "Appel", null, null,
                now, now.plusSeconds(60), 9))))).isEqualTo("candidacy.error.minimum-age");
        assertThat(key(() -> staff(() -> calls.create(new CampaignForm(c, null, "Appel", null, null,
                now, now.plusSeconds(60), 16))))).isEqualTo("candidacy.error.kind");
        assertThatThrownBy(() -> As.user("op@test.local", () -> calls.create(new CampaignForm(c,
                CampaignKind.HABITANT, "Appel", null, null, now, now.plusSeconds(60), 16)), Role.Names.DRAW_OPERATOR))
                .isInstanceOf(AccessDeniedException.class);
        // the public list of a council's calls
        CampaignData call = campaign(c, CampaignKind.HABITANT, 3);
        String slug = call.councilSlug();
        assertThat(As.anonymous(() -> calls.ofCouncil(slug))).extracting(CampaignData::id).containsExactly(call.id());
    }

    @Test
    void residentsCandidaciesJoinTheDrawPoolAsVolunteersMergedWithOtherSources() {
        long c = council("QPV-PIERRE-ROLLIN");
        CampaignData call = campaign(c, CampaignKind.HABITANT, 30);
        LocalDate birth = LocalDate.of(1988, 7, 14);
        candidacies.apply(call.id(), resident("Benali", "Nadia", "nadia.b@h.test", birth, Sex.FEMALE), Locale.FRENCH);
        candidacies.apply(call.id(), resident("Durand", "Paul", "paul.d@h.test", LocalDate.of(1970, 1, 2), Sex.MALE),
                Locale.FRENCH);
        CandidacyReceipt gone = candidacies.apply(call.id(), resident("Roux", "Léa", "lea.r@h.test",
                LocalDate.of(1999, 9, 9), Sex.FEMALE), Locale.FRENCH);
        long goneId = repository.findByCampaign(call.id()).stream().filter(x -> x.getReference().equals(gone.reference()))
                .findFirst().orElseThrow().getId();
        staff(() -> {
            candidacies.withdraw(goneId);
            return null;
        });
        assertThat(key(() -> staff(() -> {
            candidacies.withdraw(goneId);
            return null;
        }))).isEqualTo("candidacy.error.already-withdrawn");

        DrawData draw = As.user("op@test.local", () -> draws.open(c), Role.Names.DRAW_OPERATOR);
        byte[] hlm = ("Nom;Prénom;Date de naissance;Sexe;Adresse;Nationalité\n"
                + "BENALI;Nadia;14/07/1988;F;12 rue Pierre Rollin;DZ\n"
                + "Martin;Louis;01/01/1960;M;5 rue Pierre Rollin;FR\n").getBytes(StandardCharsets.UTF_8);
        As.user("op@test.local", () -> imports.importFile(draw.id(), PoolSource.HLM, "hlm.csv", hlm, uncheck(hlm)),
                Role.Names.DRAW_OPERATOR);
        ImportReport report = As.user("op@test.local", () -> imports.importCandidacies(draw.id(), call.id()),
                Role.Names.DRAW_OPERATOR);
        assertThat(report.imported()).isTrue();
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.merges()).singleElement().satisfies(m -> assertThat(m.sources())
                .containsExactlyInAnyOrder(PoolSource.HLM, PoolSource.VOLUNTEER));
        assertThat(pool.findByDrawIdOrderById(draw.id())).hasSize(3)
                .noneMatch(p -> p.getLastName().equalsIgnoreCase("Roux"));

        // a call of another council cannot feed this draw
        long other = council("QPV-ETOUVIE");
        CampaignData foreign = campaign(other, CampaignKind.HABITANT, 30);
        assertThat(key(() -> As.user("op@test.local", () -> imports.importCandidacies(draw.id(), foreign.id()),
                Role.Names.DRAW_OPERATOR))).isEqualTo("draw.error.campaign");
        assertThatThrownBy(() -> staff(() -> imports.importCandidacies(draw.id(), call.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyAssociationCandidateIsInvitedToTheInformationMeetingOnceTheCallCloses() {
        long c = council("QPV-PIERRE-ROLLIN");
        CampaignData call = campaign(c, CampaignKind.ASSOCIATION, 2);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String[] contacts = new String[3];
        for (int i = 0; i < 3; i++) {
            contacts[i] = "contact" + i + "." + tag + "@asso.test";
            candidacies.applyAssociation(call.id(), new AssociationApplication("Association " + i + " " + tag,
                    OrganisationType.COLLECTIF, "QPV-PIERRE-ROLLIN", "Nom" + i, "Prénom", contacts[i], null,
                    "Titulaire " + i, "titulaire" + i + "." + tag + "@asso.test", "Suppléant " + i, null, true),
                    Locale.FRENCH);
        }
        // paper application without any e-mail: listed for a letter
        CandidacyReceipt paper = staff(() -> candidacies.enterAssociation(call.id(), new AssociationApplication(
                "Table de quartier " + tag, OrganisationType.TABLE_QUARTIER, "QPV-PIERRE-ROLLIN", "Roy", "Jean", null,
                "0322000000", "Jean Roy", null, "Lise Roy", null, true),
                new AssistedEntry(LocalDate.now(clock.withZone(fr.agora.council.domain.CouncilTime.ZONE)), "Centre social"), Locale.FRENCH));
        java.time.LocalDateTime when = java.time.LocalDateTime.now(clock.withZone(fr.agora.council.domain.CouncilTime.ZONE)).plusDays(10);
        assertThat(key(() -> staff(() -> meetings.inviteToInformationMeeting(call.id(), when, "Maison du quartier"))))
                .isEqualTo("candidacy.error.still-open");
        clock.advance(Duration.ofDays(3));
        List<String> letters = staff(() -> meetings.inviteToInformationMeeting(call.id(), when,
                "Maison du quartier Pierre Rollin"));
        assertThat(letters).containsExactly(paper.reference());
        for (int i = 0; i < 3; i++) {
            // 6 seats for 4 candidates: designated directly
            assertThat(Mails.lastBodyTo(greenMail, contacts[i], "Maison du quartier Pierre Rollin"))
                    .contains("Association " + i + " " + tag).contains("6 siège(s)").contains("désignées directement");
            assertThat(Mails.lastBodyTo(greenMail, "titulaire" + i + "." + tag + "@asso.test", "Maison du quartier"))
                    .contains("4 structure(s)");
        }
        assertThatThrownBy(() -> As.user("op@test.local", () -> meetings.inviteToInformationMeeting(call.id(), when,
                "X"), Role.Names.DRAW_OPERATOR)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void residentsPersonalDataAreErasedOnceTheRetentionPeriodAfterTheCloseHasPassed() {
        long c = council("QPV-PIERRE-ROLLIN");
        CampaignData call = campaign(c, CampaignKind.HABITANT, 10);
        CampaignData associations = campaign(c, CampaignKind.ASSOCIATION, 10);
        candidacies.apply(call.id(), resident("Oubli", "Clara", "clara.oubli@h.test", LocalDate.of(1991, 1, 1),
                Sex.FEMALE), Locale.FRENCH);
        candidacies.applyAssociation(associations.id(), association("Collectif durable " + UUID.randomUUID(), "A B", "C D"),
                Locale.FRENCH);
        int days = candidacies.settings().retentionDays();
        // the day before the end of the retention period: nothing is erased
        clock.advance(Duration.ofDays(10 + days).minusHours(2));
        retention.purgeExpiredCandidacies();
        assertThat(staff(() -> candidacies.candidacies(call.id()))).singleElement()
                .satisfies(d -> assertThat(d.lastName()).isEqualTo("Oubli"));
        clock.advance(Duration.ofHours(3));
        retention.purgeExpiredCandidacies();
        assertThat(staff(() -> candidacies.candidacies(call.id()))).singleElement().satisfies(d -> {
            assertThat(d.lastName()).isEqualTo("—");
            assertThat(d.email()).isNull();
            assertThat(d.address()).isNull();
            assertThat(d.birthDate()).isNull();
            assertThat(d.sex()).isEqualTo(Sex.FEMALE);
            assertThat(d.reference()).startsWith("C-");
        });
        // nothing re-identifiable is left: the name-and-birth-date key is replaced too
        assertThat(repository.findByCampaign(call.id())).singleElement().satisfies(x -> assertThat(x.isErased()).isTrue());
        assertThat(repository.existsByCampaignIdAndDuplicateKey(call.id(), ApplicationChecks.personKey("Oubli", "Clara",
                LocalDate.of(1991, 1, 1)))).isFalse();
        // the list still exports, without what was erased
        assertThat(new String(staff(() -> candidacyExports.candidaciesCsv(call.id(), Locale.FRENCH)), StandardCharsets.UTF_8))
                .doesNotContain("Oubli").doesNotContain("clara.oubli");
        // associations' applications are about organisations and public roles: kept
        assertThat(staff(() -> candidacies.candidacies(associations.id()))).singleElement()
                .satisfies(d -> assertThat(d.email()).isEqualTo("claire.martin@asso.test"));
        assertThat(events("CANDIDACIES_ERASED")).anyMatch(e -> String.valueOf(call.id()).equals(e.getTargetId()));
        // erased candidacies no longer feed a draw
        DrawData draw = As.user("op@test.local", () -> draws.open(c), Role.Names.DRAW_OPERATOR);
        assertThat(key(() -> As.user("op@test.local", () -> imports.importCandidacies(draw.id(), call.id()),
                Role.Names.DRAW_OPERATOR))).isEqualTo("draw.error.no-candidacy");
    }

    @Test
    void volunteersWhoWereNotDrawnAreToldTheDrawTookPlace() throws Exception {
        long c = staff(() -> councils.create(new CouncilForm("Conseil volontaires " + UUID.randomUUID(),
                List.of("QPV-PIERRE-ROLLIN"), 1000, "INSEE", 2025, SeatRounding.HALF_UP, false, 2, true)).id());
        CampaignData call = campaign(c, CampaignKind.HABITANT, 30);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> volunteers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = "volontaire" + i + "." + tag + "@h.test";
            volunteers.add(email);
            candidacies.apply(call.id(), resident("Volontaire" + i, "Prénom" + tag, email, LocalDate.of(1960 + i * 7, 2, 3),
                    i % 2 == 0 ? Sex.FEMALE : Sex.MALE), Locale.FRENCH);
        }
        DrawData draw = As.user("op@test.local", () -> draws.open(c), Role.Names.DRAW_OPERATOR);
        byte[] hlm = CouncilTestData.pool(20, "Locataire" + tag);
        As.user("op@test.local", () -> imports.importFile(draw.id(), PoolSource.HLM, "hlm.csv", hlm, uncheck(hlm)),
                Role.Names.DRAW_OPERATOR);
        As.user("op@test.local", () -> imports.importCandidacies(draw.id(), call.id()), Role.Names.DRAW_OPERATOR);
        As.user("op@test.local", () -> draws.freeze(draw.id(), draws.quotas(draw.id())), Role.Names.DRAW_OPERATOR);
        As.user("op@test.local", () -> computations.start(draw.id()), Role.Names.DRAW_OPERATOR);
        for (int i = 0; i < 600 && computations.progress(draw.id()).orElseThrow().state()
                == DrawComputations.State.RUNNING; i++) {
            Thread.sleep(100);
        }
        As.user("op@test.local", () -> draws.draw(draw.id(), "6254131526", "Témoin A, témoin B"), Role.Names.DRAW_OPERATOR);
        java.util.Set<String> drawn = As.user("op@test.local", () -> replies.drawnMembers(draw.id()), Role.Names.DRAW_OPERATOR)
                .stream().map(MemberData::email).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        for (String v : volunteers) {
            if (drawn.contains(v)) {
                assertThat(Mails.lastBodyTo(greenMail, v, "tiré")).doesNotContain("liste de réserve");
            } else {
                assertThat(Mails.lastBodyTo(greenMail, v, "liste de réserve")).contains("/conseils/")
                        .contains("/tirage");
            }
        }
        // the volunteers are told after the draw is committed, by the listener of CouncilDrawn
        for (int i = 0; i < 100 && events("DRAW_VOLUNTEERS_TOLD")
                .noneMatch(e -> String.valueOf(draw.id()).equals(e.getTargetId())); i++) {
            Thread.sleep(100);
        }
        assertThat(events("DRAW_VOLUNTEERS_TOLD")).anyMatch(e -> String.valueOf(draw.id()).equals(e.getTargetId()));
    }

    static java.util.Map<fr.agora.council.pool.PoolField, Integer> uncheck(byte[] file) {
        try {
            return CouncilTestData.mapping(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
