package fr.agora.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import fr.agora.shared.domain.Role;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The standing guard of issue 12: who may open each view and call each service, as tables a reviewer can read.
 * A new view, a new public service method, or a changed rule fails here until the table says what it should be.
 *
 * <p>Views: for every {@code @Route} of the application, each role (an account holding that role, plus RESIDENT
 * like every account) and an anonymous visitor get {@code ok} (allowed), {@code -} (refused) or {@code login}
 * (an anonymous visitor is sent to the login page), decided by Vaadin's own access checker from the view's
 * annotations — the check Vaadin runs on every navigation.
 *
 * <p>Services: every public method of every {@code @Service} has a {@code @PreAuthorize} rule (on the method or
 * its class), or is listed in {@link #OPEN_METHODS} with the reason it is open.
 */
class AuthorizationMatrixTest {

    /** Columns: anonymous, then these roles. */
    static final List<Role> ROLES = List.of(Role.RESIDENT, Role.COUNCIL_MEMBER, Role.COMMITTEE_OFFICER,
            Role.DRAW_OPERATOR, Role.MODERATOR, Role.SERVICE_REVIEWER, Role.PARTNER, Role.STAFF, Role.ELECTED, Role.ADMIN);

    static final String[] VIEWS = {
            // view                       | anon  | RESID | COUNC | COMIT | DRAW  | MODER | SERVI | PARTN | STAFF | ELECT | ADMIN
            "BallotView                 | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "PaperDeskView              | login | -     | -     | -     | -     | -     | -     | -     | ok    | -     | ok",
            "RealisationsView           | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "VoteManageView             | login | -     | -     | -     | -     | -     | -     | -     | ok    | -     | ok",
            "VoteResultsView            | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "AccessibilityView          | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "AssistedEntryView          | login | -     | -     | -     | -     | -     | -     | ok    | ok    | -     | ok",
            "AssociationVoteView        | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "AuditLogView               | login | -     | -     | -     | -     | -     | -     | -     | -     | -     | ok",
            "AvisListView               | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "BudgetModerationView       | login | -     | -     | -     | -     | ok    | -     | -     | ok    | -     | ok",
            "CalendarView               | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "CampaignsAdminView         | login | -     | -     | -     | ok    | -     | -     | ok    | ok    | -     | ok",
            "CandidacyView              | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ChairView                  | login | -     | -     | -     | -     | -     | -     | -     | ok    | -     | ok",
            "ComiteManageView           | login | -     | -     | ok    | -     | -     | -     | -     | ok    | -     | ok",
            "ComiteView                 | login | -     | -     | ok    | -     | -     | -     | -     | -     | -     | -",
            "ComitesView                | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "CommentModerationView      | login | -     | -     | -     | -     | ok    | -     | -     | ok    | -     | ok",
            "CommissionView             | login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ComplianceView             | login | -     | -     | -     | -     | -     | -     | -     | ok    | ok    | ok",
            "ConsultationView           | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ConsultationsManageView    | login | -     | -     | -     | -     | ok    | -     | -     | ok    | -     | ok",
            "ConsultationsView          | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "CouncilView                | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "CouncilsAdminView          | login | -     | -     | -     | -     | -     | -     | -     | ok    | -     | ok",
            "CouncilsView               | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "CriteriaAdminView          | login | -     | -     | -     | -     | -     | -     | -     | -     | -     | ok",
            "DesignationVoteView        | login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "DrawCeremonyView           | login | -     | -     | -     | ok    | -     | -     | -     | -     | -     | -",
            "DrawContactsView           | login | -     | -     | -     | ok    | -     | -     | -     | -     | -     | -",
            "EditionView                | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "EditionsAdminView          | login | -     | -     | -     | -     | -     | -     | -     | ok    | -     | ok",
            "ElectionsAdminView         | login | -     | -     | -     | -     | -     | -     | -     | ok    | -     | ok",
            "ForgotPasswordView         | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "HelpView                   | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "HomeView                   | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "LegalNoticeView            | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "LoginView                  | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "MeetingView                | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "MemberSpaceView            | login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ModerationView             | login | -     | -     | -     | -     | ok    | -     | -     | ok    | -     | ok",
            "MyCouncilView              | login | -     | ok    | -     | -     | -     | -     | -     | -     | -     | -",
            "MyProposalsView            | login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "MySpaceView                | login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "NotificationPreferencesView| login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "OutboxView                 | login | -     | -     | -     | -     | -     | -     | -     | -     | -     | ok",
            "PartnerRecommendationsView | login | -     | -     | -     | -     | -     | -     | ok    | -     | -     | -",
            "PlanningView               | login | -     | -     | ok    | -     | -     | -     | -     | ok    | -     | ok",
            "PlenaryManageView          | login | -     | -     | -     | -     | -     | -     | -     | ok    | -     | ok",
            "PlenaryView                | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "PrivacyView                | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ProfileView                | login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ProjectorView              | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ProposalEditView           | login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ProposalFormView           | login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ProposalView               | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ProposalsView              | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "PublicDrawView             | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "RegisterView               | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ResetPasswordView          | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "ReviewView                 | login | -     | -     | -     | -     | -     | ok    | -     | ok    | -     | ok",
            "SeanceView                 | login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "SearchView                 | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "SessionPage                | login | -     | -     | ok    | -     | -     | -     | -     | ok    | -     | ok",
            "SiteMapView                | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "StaffDashboardView         | login | -     | -     | -     | ok    | ok    | -     | -     | ok    | -     | ok",
            "TerritoriesAdminView       | login | -     | -     | -     | -     | -     | -     | -     | -     | -     | ok",
            "TerritoriesView            | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "TerritoryWalksView         | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "UnsubscribeView            | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "UsersView                  | login | -     | -     | -     | -     | -     | -     | -     | -     | -     | ok",
            "VerifyEmailView            | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "VisitesManageView          | login | -     | -     | ok    | -     | -     | -     | -     | ok    | -     | ok",
            "VisitesView                | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "WalkCaptureView            | login | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "WalkEditorView             | login | -     | -     | -     | -     | -     | -     | -     | ok    | -     | ok",
            "WalkRecommendationsView    | login | -     | -     | -     | -     | -     | -     | -     | ok    | -     | ok",
            "WalkView                   | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
            "WalksAdminView             | login | -     | -     | -     | -     | -     | -     | -     | ok    | -     | ok",
            "WalksView                  | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok    | ok",
    };

    /** Public service methods without a {@code @PreAuthorize}, each with the reason it is open. */
    static final String[] OPEN_METHODS = {
            "BudgetVoteService.overview               | public: an edition's vote settings and counts only (never a choice)",
            "BudgetVoteService.openVote               | public: which edition's vote is open",
            "BudgetVoteService.receiptCounted         | public: a voter checks their receipt (says counted or not, never a choice)",
            "BudgetVoteService.haveIVoted             | the signed-in person's own vote status (false when nobody is signed in)",
            "BudgetResultsService.results             | public: results of a closed vote (refused before the close)",
            "BudgetResultsService.pabulib             | public: the anonymised ballots of a closed vote (refused before the close)",
            "RealisationService.winners               | public: the winners and their carrying-out",
            "RealisationService.photo                 | public: a photo of the works of a winner",
            "AccountDirectory.byEmail                 | internal: account look-ups for the features' services, after their own checks",
            "AccountDirectory.byIds                   | internal: account look-ups for the features' services, after their own checks",
            "AccountDirectory.declaredQuartier        | internal: a feature's eligibility rule (the budget vote), after its own checks",
            "AccountDirectory.current                 | the signed-in person's own account",
            "AccountDirectory.hasAccount              | internal: account look-ups for the features' services, after their own checks",
            "AccountDirectory.organisations           | internal: account look-ups for the features' services, after their own checks",
            "AccountService.register                  | anonymous registration (rate-limited)",
            "AccountService.requestPasswordReset      | anonymous reset request (rate-limited, same answer for every address)",
            "AccountService.resetPassword             | holder of a mailed one-time token",
            "AccountService.verifyEmail               | holder of a mailed one-time token",
            "ArreteService.arretePdf                  | public: the Préfet's arrêté",
            "AvisService.all                          | public: the plenaries' avis and the city's answers",
            "AvisService.ofPlenary                    | public: a plenary's avis and the city's answers",
            "AuditService.record                      | internal: called by services after their own check",
            "AuditService.recordAs                    | internal: called by services after their own check",
            "AuditService.recordRefusal               | internal: called by services after their own check",
            "CalendarFeedService.privateFeed          | holder of a secret feed token (only its hash is stored)",
            "CalendarFeedService.publicFeed           | public: the public meetings' iCal feed",
            "CampaignService.all                      | public: the open calls",
            "CampaignService.campaign                 | public: a call's page",
            "CampaignService.canManageCampaigns       | answers a role question for the view",
            "CampaignService.ofCouncil                | public: a council's calls",
            "CampaignService.today                    | today's date for the view (no data)",
            "CandidacyService.apply                   | anonymous candidacy, rate-limited per client and address (RateLimiter.Action.CANDIDACY)",
            "CandidacyService.applyAssociation        | anonymous candidacy, rate-limited per client and address (RateLimiter.Action.CANDIDACY)",
            "CandidacyService.canReadCandidacies      | answers a role question for the view",
            "CandidacyService.settings                | public settings",
            "ComiteService.card                       | public: a comité's directory entry",
            "ComiteService.comite                     | module API (ComiteRegistry): read by meetings after its own check",
            "ComiteService.comites                    | module API (ComiteRegistry): public list of comités",
            "ComiteService.directory                  | public: the comités' directory",
            "ComiteService.members                    | module API (ComiteRegistry): read by meetings after its own check",
            "ComiteService.officerComite              | module API (ComiteRegistry): which comité an account's officer manages",
            "ComiteService.secteurs                   | public reference data",
            "CommissionService.ballot                 | public: the proposals on an edition's ballot",
            "CommissionService.isMember               | answers a role question about the signed-in user",
            "ConsultationService.all                  | public: the consultations before works",
            "ConsultationService.get                  | public: a consultation's page (unmoderated avis only for moderators, checked inside)",
            "ContributionService.published           | public: the conseils' approved contributions with moderated comments",
            "CouncilService.all                       | public: the councils",
            "CouncilService.publicPage                | public: a council's page",
            "CouncilService.qpvChoices                | public reference data",
            "CouncilService.settings                  | public settings",
            "CouncilService.today                     | today's date for the view (no data)",
            "CriterionService.active                  | public: the walks' diagnosis grid",
            "CriterionService.all                     | public: the walks' diagnosis grid",
            "DrawComputations.follow                  | public: a draw's published progress",
            "DrawComputations.progress                | public: a draw's published progress",
            "DrawPublicationService.composition       | public: the anonymous composition of a draw",
            "DrawPublicationService.poolCsv           | public: the anonymised pool file to re-check a draw",
            "DrawPublicationService.publicQuotas      | public: a draw's quotas",
            "DrawPublicationService.quotasCsv         | public: the quota file to re-check a draw",
            "DrawPublicationService.record            | public: a draw's published record",
            "DrawPublicationService.seats             | public: the seats file of a drawn council, to re-check replacements",
            "DrawPublicationService.seatsSummary      | public: the seats file's summary on the draw's page",
            "DrawService.ofCouncil                    | public: a council's draws",
            "EditionService.all                       | public: the budget's editions",
            "EditionService.current                   | public: the running edition",
            "EditionService.edition                   | public: an edition's page",
            "ElectionService.all                      | public: the associations' elections",
            "ElectionService.publishedBallots         | public: the published ballot box",
            "ElectionService.publishedReceipts        | public: the published receipts of an election",
            "ElectionService.results                  | public: results once closed",
            "ElectionService.settings                 | public settings",
            "ElectionVoting.ballotPaper               | holder of a mailed voting code, rate-limited per client (RateLimiter.Action.VOTE)",
            "ElectionVoting.receiptCounted            | public: anyone checks that a receipt was counted",
            "ElectionVoting.vote                      | holder of a mailed voting code, rate-limited per client (RateLimiter.Action.VOTE)",
            "LiveSessionService.closeDueMotions       | scheduled job (no user): closes the motions whose timer ran out",
            "LiveSessionService.motions               | public: a plenary's motions and their published counts (names only for open votes)",
            "LiveSessionService.state                 | public: the live quorum and count shown on the projector (never a secret vote's names)",
            "LoginService.loadUserByUsername          | Spring Security's login",
            "LoginService.onDenied                    | security event listener",
            "LoginService.onFailure                   | security event listener",
            "LoginService.onLocked                    | security event listener",
            "LoginService.onSuccess                   | security event listener",
            "MailService.isSmtpConfigured             | a setting, no data",
            "MailService.send                         | internal: called by services after their own check",
            "MandateReminderService.sendDueReminders  | nightly job (no user)",
            "MeetingService.get                       | checks access itself (public meeting, or member or manager)",
            "MeetingService.publicCalendar            | public: the public meetings",
            "NotificationService.publish             | internal: features hand their notices over; only opted-in people get them",
            "ObservationService.now                   | the time now (no data), so that the capture view never reads the clock",
            "ObservationService.photo                 | public: a published observation's photo",
            "PlenaryService.all                       | public: the plenaries",
            "PlenaryService.current                   | public: the next plenary",
            "PlenaryService.get                       | public: a plenary's page (minutes only once published, checked inside)",
            "PlenaryService.today                     | today's date for the view (no data)",
            "ProposalQueries.categories               | public reference data",
            "ProposalQueries.detail                   | public: a proposal's page (drafts and hidden ones checked inside)",
            "ProposalQueries.list                     | public: an edition's published proposals",
            "ProposalQueries.photo                    | public: a visible proposal's photo (checked inside)",
            "ProposalQueries.territories              | public reference data",
            "RateLimiter.check                        | internal: counts attempts",
            "RateLimiter.checkAddress                 | internal: counts an attempt for an address",
            "RateLimiter.reset                        | internal: forgets counts",
            "RetentionService.purgeExpiredCandidacies | nightly job (no user)",
            "RetentionService.purgeExpiredPools       | nightly job (no user)",
            "UnsubscribeService.check                | anyone holding a mailed link: the signed token is the credential, read-only",
            "UnsubscribeService.unsubscribe          | anyone holding a mailed link (no account needed, RFC 8058): the signed token is the credential",
            "WeeklyDigest.sendDigests                | weekly job (no user)",
            "TerritoryService.all                     | public reference data",
            "TerritoryService.current                 | public reference data",
            "TerritoryService.latest                  | public reference data",
            "TerritoryService.residenceChoices        | public reference data",
            "TerritoryService.territory               | public reference data (a feature's association)",
            "TerritoryService.today                   | today's date for the view (no data)",
            "TerritoryService.validOn                 | public reference data",
            "VisiteService.all                        | public: the visites' items are followed publicly",
            "VotingCore.cast                          | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.close                         | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.enterPaperBatch               | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.find                          | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.lookUp                        | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.markPaper                     | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.namedChoices                  | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.open                          | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.paperBatchMatches             | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.publishedBallots              | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.publishedReceiptHashes        | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.receiptCounted                | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.registerAccount               | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.registerCode                  | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.registry                      | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.reissueCode                   | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.tally                         | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "VotingCore.turnout                       | voting core (package-private class): reached through VotingService by the features, after their own checks",
            "WalkExportService.csv                    | public: a published walk's data",
            "WalkExportService.geoJson                | public: a published walk's data",
            "WalkExportService.pdf                    | public: a published walk's report",
            "WalkExportService.recommendationsCsv     | public: a published walk's recommendations",
            "WalkReportService.publicReport           | public: a published walk's report",
            "WalkReportService.report                 | checks access itself (staff or published walk)",
            "WalkService.bounds                       | public setting",
            "WalkService.published                    | public: published walks",
            "WalkService.publishedInTerritory         | public: published walks",
            "WalkService.today                        | today's date for the view (no data)",
    };

    @Test
    void every_view_has_the_access_the_table_gives_it_for_every_role_and_for_anonymous_visitors() {
        Map<String, List<String>> table = new TreeMap<>();
        for (String row : VIEWS) {
            String[] cells = row.split("\\|");
            List<String> values = new ArrayList<>();
            for (int i = 1; i < cells.length; i++) {
                values.add(cells[i].strip());
            }
            assertThat(values).as(row).hasSize(ROLES.size() + 1);
            table.put(cells[0].strip(), values);
        }
        Map<String, Class<?>> views = new TreeMap<>();
        for (Class<?> c : classes(Route.class)) {
            views.put(c.getSimpleName(), c);
        }
        assertThat(views.keySet()).as("views of the application (add a row to VIEWS for a new view)")
                .containsExactlyElementsOf(table.keySet());

        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<String> wrong = new ArrayList<>();
        views.forEach((name, view) -> {
            List<String> expected = table.get(name);
            String anonymous = checker.hasAccess(view, null, role -> false) ? "ok" : "login";
            if (!anonymous.equals(expected.get(0))) {
                wrong.add(name + " anonymous: " + anonymous + " instead of " + expected.get(0));
            }
            for (int i = 0; i < ROLES.size(); i++) {
                Set<String> held = new java.util.HashSet<>(List.of(ROLES.get(i).name(), Role.RESIDENT.name()));
                Principal principal = () -> "personne@exemple.fr";
                String actual = checker.hasAccess(view, principal, held::contains) ? "ok" : "-";
                if (!actual.equals(expected.get(i + 1))) {
                    wrong.add(name + " " + ROLES.get(i) + ": " + actual + " instead of " + expected.get(i + 1));
                }
            }
        });
        assertThat(wrong).as("cells of the view table that the views' annotations contradict").isEmpty();
    }

    @Test
    void every_public_service_method_has_a_rule_or_a_reason_to_be_open() {
        Map<String, String> open = new LinkedHashMap<>();
        for (String row : OPEN_METHODS) {
            String[] cells = row.split("\\|", 2);
            assertThat(cells[1].strip()).as("reason for " + cells[0]).isNotBlank();
            open.put(cells[0].strip(), cells[1].strip());
        }
        Set<String> unruled = new TreeSet<>();
        int ruled = 0;
        for (Class<?> service : classes(Service.class)) {
            boolean classRule = service.isAnnotationPresent(PreAuthorize.class);
            for (Method m : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                if (classRule || m.isAnnotationPresent(PreAuthorize.class) || m.isAnnotationPresent(PostAuthorize.class)) {
                    ruled++;
                } else {
                    unruled.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(ruled).as("methods with a rule").isGreaterThan(50);
        assertThat(unruled).as("public service methods without @PreAuthorize: add a rule, or list the method in "
                + "OPEN_METHODS with the reason it is open").isSubsetOf(open.keySet());
        assertThat(open.keySet()).as("OPEN_METHODS entries that no longer exist or now have a rule: remove them")
                .isSubsetOf(unruled);
    }

    private static List<Class<?>> classes(Class<? extends java.lang.annotation.Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition bd : scanner.findCandidateComponents("fr.agora")) {
            try {
                found.add(Class.forName(bd.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(found).isNotEmpty();
        return found;
    }
}
