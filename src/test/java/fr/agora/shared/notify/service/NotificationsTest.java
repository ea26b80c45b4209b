package fr.agora.shared.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.notify.DeliveryMode;
import fr.agora.shared.notify.Notice;
import fr.agora.shared.notify.Notifier;
import fr.agora.shared.notify.SmsChannel;
import fr.agora.shared.notify.Topic;
import fr.agora.shared.domain.MailMessageRepository;
import fr.agora.shared.service.MailService;
import fr.agora.support.AgoraSpringTest;
import fr.agora.support.As;
import fr.agora.support.Mails;
import fr.agora.support.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 13, "notifications I choose": opt-in with its date, nothing without consent, immediate mails with the
 * one-click unsubscribe link and the RFC 8058 header fields, unsubscribing without an account (idempotent), signed
 * tokens that refuse tampering, and the weekly digest (grouped by topic, once per week). Mail really goes through
 * SMTP (GreenMail).
 */
@AgoraSpringTest
class NotificationsTest {

    static final String QUARTIER = "QPV-ETOUVIE";

    @Autowired
    Notifier notifier;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    UnsubscribeService unsubscribe;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    UserAccountRepository users;
    @Autowired
    MailMessageRepository outbox;
    @Autowired
    GreenMail greenMail;
    @Autowired
    MutableClock clock;
    @Autowired
    WebApplicationContext context;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String resident() {
        String email = "notif-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        UserAccount u = new UserAccount(email, "Camille", "{noop}x", Instant.now());
        u.verifyEmail();
        u.grant(Role.RESIDENT);
        users.save(u);
        return email;
    }

    void optIn(String email, Topic topic, DeliveryMode mode) {
        As.user(email, () -> preferences.optIn(topic, mode, true), Role.Names.RESIDENT);
    }

    List<NotificationPreferences.Choice> mine(String email) {
        return As.user(email, () -> preferences.mine(Locale.FRENCH), Role.Names.RESIDENT);
    }

    long mailsTo(String email) {
        return outbox.findByRecipientOrderByCreatedAtDesc(email).size();
    }

    MimeMessage lastMessageTo(String email, String marker) {
        Mails.lastBodyTo(greenMail, email, marker);
        return Arrays.stream(greenMail.getReceivedMessagesForDomain(email)).reduce((a, b) -> b).orElseThrow();
    }

    static String token(String body) {
        Matcher m = Pattern.compile("/desabonnement\\?jeton=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("lien de désabonnement dans : " + body).isTrue();
        return m.group(1);
    }

    Notice quartierNews(String marker) {
        return new Notice(Topic.quartier(QUARTIER), "nouvelle " + marker, "Il se passe quelque chose : " + marker,
                "http://localhost:8080/marches/1");
    }

    @Test
    void an_opt_in_is_recorded_with_its_date_and_the_notice_is_mailed_with_its_unsubscribe_link() throws Exception {
        String email = resident();
        clock.set(Instant.parse("2026-12-07T10:00:00Z"));
        optIn(email, Topic.quartier(QUARTIER), DeliveryMode.IMMEDIATE);
        assertThat(mine(email)).singleElement().satisfies(c -> {
            assertThat(c.optedInAt()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
            assertThat(c.active()).isTrue();
            assertThat(c.label()).contains("Etouvie");
        });

        String marker = UUID.randomUUID().toString();
        assertThat(notifier.publish(quartierNews(marker))).isPositive();
        MimeMessage message = lastMessageTo(email, marker);
        String body = Mails.lastBodyTo(greenMail, email, marker);
        String token = token(body);
        assertThat(body).contains("http://localhost:8080/marches/1").contains("Etouvie");
        assertThat(message.getSubject()).isEqualTo("Agora : nouvelle " + marker);
        // RFC 8058: a one-click POST address, and the key/value mail clients post
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly(
                "<http://localhost:8080/desabonnement/un-clic?jeton=" + token + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        // the outbox never keeps the link's token
        assertThat(outbox.findByRecipientOrderByCreatedAtDesc(email).getFirst().getBody())
                .doesNotContain(token).contains("/desabonnement?jeton=" + MailService.MASK);
    }

    @Test
    void nothing_is_sent_without_consent() {
        String never = resident();
        String follower = resident();
        String optedInNotFollower = resident();
        assertThatThrownBy(() -> As.user(never, () -> preferences.optIn(Topic.quartier(QUARTIER), DeliveryMode.IMMEDIATE,
                false), Role.Names.RESIDENT))
                .isInstanceOf(BusinessException.class).hasMessageContaining("notify.consent.required");
        assertThat(mine(never)).isEmpty();
        optIn(optedInNotFollower, Topic.followed(Topic.Kind.PROPOSAL), DeliveryMode.IMMEDIATE);

        notifier.publish(quartierNews("sans accord"));
        // following a proposal in the feature is not consent to mail; opting in to "the ones I follow" does not
        // bring the proposals one does not follow
        notifier.publish(new Notice(Topic.proposal(987654), "proposition", "Elle a changé.", null, Set.of(follower)));

        assertThat(mailsTo(never)).isZero();
        assertThat(mailsTo(follower)).isZero();
        assertThat(mailsTo(optedInNotFollower)).isZero();
    }

    @Test
    void a_follower_who_opted_in_gets_the_news_of_what_they_follow_once_even_with_two_matching_choices() {
        String email = resident();
        optIn(email, Topic.followed(Topic.Kind.PROPOSAL), DeliveryMode.IMMEDIATE);
        optIn(email, Topic.proposal(4242), DeliveryMode.IMMEDIATE);
        String marker = UUID.randomUUID().toString();
        assertThat(notifier.publish(new Notice(Topic.proposal(4242), "proposition " + marker, "Elle est faisable. " + marker,
                null, Set.of(email.toUpperCase(Locale.ROOT))))).isEqualTo(1);
        Mails.lastBodyTo(greenMail, email, marker);
        assertThat(mailsTo(email)).isEqualTo(1);
    }

    @Test
    void opting_out_from_the_preferences_stops_the_mails() {
        String email = resident();
        optIn(email, Topic.quartier(QUARTIER), DeliveryMode.IMMEDIATE);
        long id = mine(email).getFirst().id();
        // another person cannot stop it
        String other = resident();
        As.user(other, () -> preferences.unsubscribe(id), Role.Names.RESIDENT);
        assertThat(mine(email).getFirst().active()).isTrue();

        As.user(email, () -> preferences.unsubscribe(id), Role.Names.RESIDENT);
        assertThat(mine(email).getFirst().active()).isFalse();
        notifier.publish(quartierNews("après désabonnement"));
        assertThat(mailsTo(email)).isZero();
    }

    @Test
    void the_mailed_link_unsubscribes_without_an_account_in_one_idempotent_click() {
        String email = resident();
        optIn(email, Topic.quartier(QUARTIER), DeliveryMode.IMMEDIATE);
        String marker = UUID.randomUUID().toString();
        notifier.publish(quartierNews(marker));
        String token = token(Mails.lastBodyTo(greenMail, email, marker));

        // looking at the link changes nothing (mail scanners open links)
        assertThat(As.anonymous(() -> unsubscribe.check(token, Locale.FRENCH)))
                .isEqualTo(new UnsubscribeService.Link(UnsubscribeService.State.ACTIVE, "Le quartier Etouvie"));
        assertThat(mine(email).getFirst().active()).isTrue();
        assertThat(As.anonymous(() -> unsubscribe.unsubscribe(token))).isEqualTo(UnsubscribeService.State.ACTIVE);
        assertThat(As.anonymous(() -> unsubscribe.unsubscribe(token))).isEqualTo(UnsubscribeService.State.ALREADY);
        assertThat(As.anonymous(() -> unsubscribe.check(token, Locale.FRENCH)).state())
                .isEqualTo(UnsubscribeService.State.ALREADY);
        long before = mailsTo(email);
        notifier.publish(quartierNews("plus rien"));
        assertThat(mailsTo(email)).isEqualTo(before);
    }

    @Test
    void a_mail_client_posts_the_one_click_unsubscribe_without_session_or_csrf() throws Exception {
        String email = resident();
        optIn(email, Topic.quartier(QUARTIER), DeliveryMode.IMMEDIATE);
        String marker = UUID.randomUUID().toString();
        notifier.publish(quartierNews(marker));
        String token = token(Mails.lastBodyTo(greenMail, email, marker));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();

        mvc.perform(MockMvcRequestBuilders.get("/desabonnement/un-clic").param("jeton", token))
                .andExpect(MockMvcResultMatchers.status().isSeeOther());
        assertThat(mine(email).getFirst().active()).as("a GET changes nothing").isTrue();
        mvc.perform(MockMvcRequestBuilders.post("/desabonnement/un-clic").param("jeton", token)
                        .contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
                .andExpect(MockMvcResultMatchers.status().isOk());
        assertThat(mine(email).getFirst().active()).isFalse();
        mvc.perform(MockMvcRequestBuilders.post("/desabonnement/un-clic").param("jeton", token))
                .andExpect(MockMvcResultMatchers.status().isOk());
        mvc.perform(MockMvcRequestBuilders.post("/desabonnement/un-clic").param("jeton", token + "x"))
                .andExpect(MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void a_tampered_or_voided_token_unsubscribes_nothing() {
        String email = resident();
        String victim = resident();
        optIn(email, Topic.quartier(QUARTIER), DeliveryMode.IMMEDIATE);
        optIn(victim, Topic.quartier(QUARTIER), DeliveryMode.IMMEDIATE);
        long victimId = mine(victim).getFirst().id();
        String marker = UUID.randomUUID().toString();
        notifier.publish(quartierNews(marker));
        String token = token(Mails.lastBodyTo(greenMail, email, marker));
        String signature = token.substring(token.indexOf('-') + 1);

        // another subscription's id with my signature, a changed signature, garbage
        String forged = victimId + "-" + signature;
        char last = signature.charAt(signature.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        for (String bad : List.of(forged, flipped, "", "123", "abc-def", token + token)) {
            assertThat(As.anonymous(() -> unsubscribe.unsubscribe(bad))).as(bad).isEqualTo(UnsubscribeService.State.INVALID);
            assertThat(As.anonymous(() -> unsubscribe.check(bad, Locale.FRENCH)).state()).isEqualTo(UnsubscribeService.State.INVALID);
        }
        assertThat(mine(victim).getFirst().active()).isTrue();
        assertThat(mine(email).getFirst().active()).isTrue();

        // unsubscribing then opting in again (a new consent) voids the links mailed before
        assertThat(As.anonymous(() -> unsubscribe.unsubscribe(token))).isEqualTo(UnsubscribeService.State.ACTIVE);
        clock.advance(Duration.ofMinutes(5));
        optIn(email, Topic.quartier(QUARTIER), DeliveryMode.IMMEDIATE);
        assertThat(As.anonymous(() -> unsubscribe.unsubscribe(token))).isEqualTo(UnsubscribeService.State.INVALID);
        assertThat(mine(email).getFirst().active()).isTrue();
    }

    @Test
    void weekly_subscribers_get_one_digest_grouped_by_topic_once_per_week() throws Exception {
        String email = resident();
        // Monday 7 December 2026 09:00 Paris: ISO week 2026-W50
        clock.set(Instant.parse("2026-12-07T08:00:00Z"));
        optIn(email, Topic.quartier(QUARTIER), DeliveryMode.WEEKLY);
        optIn(email, Topic.followed(Topic.Kind.WALK), DeliveryMode.WEEKLY);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        notifier.publish(quartierNews("A-" + marker));
        notifier.publish(quartierNews("B-" + marker));
        notifier.publish(new Notice(Topic.walk(777), "marche C-" + marker, "La suite est publiée.",
                "http://localhost:8080/marches/777", Set.of(email)));
        assertThat(mailsTo(email)).as("nothing immediate for a weekly choice").isZero();

        assertThat(digest.sendDigests()).isGreaterThanOrEqualTo(1);
        String body = Mails.lastBodyTo(greenMail, email, "C-" + marker);
        assertThat(body).contains("== Le quartier Etouvie ==").contains("== Les marches exploratoires auxquelles j'ai participé ==")
                .contains("nouvelle A-" + marker).contains("nouvelle B-" + marker).contains("marche C-" + marker);
        assertThat(body.indexOf("nouvelle A-" + marker)).isLessThan(body.indexOf("nouvelle B-" + marker));
        assertThat(body.indexOf("== Le quartier Etouvie ==")).isLessThan(body.indexOf("nouvelle A-" + marker));
        assertThat(Pattern.compile("/desabonnement\\?jeton=").matcher(body).results().count()).isEqualTo(2);
        assertThat(mailsTo(email)).isEqualTo(1);
        assertThat(outbox.findByRecipientOrderByCreatedAtDesc(email).getFirst().getSubject())
                .isEqualTo("Agora : votre résumé de la semaine");

        // the same week again: nothing more, even with a new notice (it waits for next week)
        notifier.publish(quartierNews("D-" + marker));
        digest.sendDigests();
        assertThat(mailsTo(email)).isEqualTo(1);
        clock.advance(Duration.ofDays(7));
        digest.sendDigests();
        Mails.lastBodyTo(greenMail, email, "D-" + marker);
        assertThat(mailsTo(email)).isEqualTo(2);
        assertThat(outbox.findByRecipientOrderByCreatedAtDesc(email).getFirst().getBody()).doesNotContain("A-" + marker);
    }

    @Test
    void the_iso_week_is_taken_in_paris() {
        assertThat(WeeklyDigest.week(java.time.LocalDate.of(2026, 12, 7))).isEqualTo("2026-W50");
        assertThat(WeeklyDigest.week(java.time.LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }

    @Test
    void the_sms_channel_sends_nothing_and_never_shows_the_number() {
        assertThat(SmsChannel.mask("+33 6 12 34 56 78")).isEqualTo("•••••••••78").doesNotContain("12 34");
        assertThat(SmsChannel.mask("7")).isEqualTo("•");
        assertThat(new LoggingSmsChannel().send("06 12 34 56 78", "Bonjour")).isFalse();
    }
}
