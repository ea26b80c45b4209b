package fr.agora.shared.notify.service;

import fr.agora.shared.domain.UserAccount;
import fr.agora.shared.domain.UserAccountRepository;
import fr.agora.shared.notify.domain.DigestRun;
import fr.agora.shared.notify.domain.DigestRunRepository;
import fr.agora.shared.notify.domain.PendingNotice;
import fr.agora.shared.notify.domain.PendingNoticeRepository;
import fr.agora.shared.notify.domain.Subscription;
import fr.agora.shared.notify.domain.SubscriptionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest: every Monday morning (Europe/Paris) each person with waiting notices gets one mail grouping
 * them by topic. At most one digest per person and ISO week ({@code notify_digest}): a second run in the same week
 * sends nothing, and what arrives after it waits for the next week. Notices of a subscription stopped meanwhile are
 * dropped, not sent.
 */
@Service
public class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    private final PendingNoticeRepository pending;
    private final SubscriptionRepository subscriptions;
    private final DigestRunRepository runs;
    private final UserAccountRepository users;
    private final NoticeMailer mailer;
    private final Clock clock;

    WeeklyDigest(PendingNoticeRepository pending, SubscriptionRepository subscriptions, DigestRunRepository runs,
            UserAccountRepository users, NoticeMailer mailer, Clock clock) {
        this.pending = pending;
        this.subscriptions = subscriptions;
        this.runs = runs;
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "${agora.notify.digest-cron:0 0 8 * * MON}", zone = "Europe/Paris")
    void scheduled() {
        int sent = sendDigests();
        if (sent > 0) {
            log.info("Résumés hebdomadaires envoyés : {}", sent);
        }
    }

    /** The ISO week of a day, such as {@code 2026-W49}. */
    static String week(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * Sends this week's digests that have not left yet.
     *
     * @return how many digests left
     */
    @Transactional
    public int sendDigests() {
        String week = week(LocalDate.now(clock));
        List<PendingNotice> waiting = pending.findByDigestWeekIsNullOrderByCreatedAtAscIdAsc();
        if (waiting.isEmpty()) {
            return 0;
        }
        Map<Long, Subscription> subs = subscriptions.findAllById(waiting.stream().map(PendingNotice::getSubscriptionId)
                .distinct().toList()).stream().collect(Collectors.toMap(Subscription::getId, Function.identity()));
        Map<Long, Map<Subscription, List<PendingNotice>>> byAccount = new LinkedHashMap<>();
        for (PendingNotice n : waiting) {
            Subscription s = subs.get(n.getSubscriptionId());
            if (s == null || !s.isActive()) {
                n.takenBy(week);
                continue;
            }
            byAccount.computeIfAbsent(s.getAccountId(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(s, x -> new java.util.ArrayList<>()).add(n);
        }
        Map<Long, UserAccount> accounts = users.findAllById(byAccount.keySet()).stream()
                .collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        int sent = 0;
        for (Map.Entry<Long, Map<Subscription, List<PendingNotice>>> e : byAccount.entrySet()) {
            if (runs.existsById(new DigestRun.Key(e.getKey(), week))) {
                continue;
            }
            UserAccount to = accounts.get(e.getKey());
            e.getValue().values().forEach(list -> list.forEach(n -> n.takenBy(week)));
            if (to == null || !to.isEnabled() || !to.isEmailVerified() || to.isAnonymised()) {
                continue;
            }
            mailer.sendDigest(to, e.getValue());
            runs.save(new DigestRun(e.getKey(), week, clock.instant()));
            sent++;
        }
        return sent;
    }
}
