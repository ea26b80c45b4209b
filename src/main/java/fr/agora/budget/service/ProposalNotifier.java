package fr.agora.budget.service;

import fr.agora.budget.domain.Proposal;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.notify.Notice;
import fr.agora.shared.notify.Notifier;
import fr.agora.shared.notify.Topic;
import fr.agora.shared.service.MailService;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells a proposal's holders and followers when its status changes: what it became and the reason given, with the
 * link to its page. Holders get a mail about their own proposal; followers get it through the notifications they
 * chose ("the proposals I follow", with its unsubscribe link), and only if they opted in. Sent after the change
 * commits (the outbox does that).
 */
@Component
class ProposalNotifier {

    private final MailService mail;
    private final Notifier notifier;
    private final String publicUrl;

    ProposalNotifier(MailService mail, Notifier notifier, @Value("${agora.public-url}") String publicUrl) {
        this.mail = mail;
        this.notifier = notifier;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** One mail per holder, one notice to the followers who chose it, except the person who acted. */
    void statusChanged(Proposal p, String reason, String actor) {
        BundleTexts t = new BundleTexts("budget", Locale.FRENCH);
        Set<String> to = new TreeSet<>(p.getHolders());
        Set<String> followers = new TreeSet<>(p.getFollowers());
        followers.removeAll(to);
        if (actor != null) {
            to.remove(actor);
            followers.remove(actor);
        }
        String status = t.get("budget.status." + p.getStatus());
        String subject = t.get("budget.mail.subject", p.getTitle());
        String body = t.get("budget.mail.body", p.getTitle(), status,
                reason == null || reason.isBlank() ? "" : t.get("budget.mail.reason", reason),
                publicUrl + "/" + BudgetPaths.proposal(p.getId()));
        to.forEach(address -> mail.send(address, subject, body));
        if (!followers.isEmpty()) {
            notifier.publish(new Notice(Topic.proposal(p.getId()), subject, body, null, followers));
        }
    }
}
