package fr.agora.budget.service;

import fr.agora.budget.domain.Proposal;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.MailService;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails the followers (and holders) of a proposal when its status changes: what it became and the reason given,
 * with the link to its page. Sent after the change commits (the outbox does that).
 */
@Component
class ProposalNotifier {

    private final MailService mail;
    private final String publicUrl;

    ProposalNotifier(MailService mail, @Value("${agora.public-url}") String publicUrl) {
        this.mail = mail;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** One mail per follower or holder, except the person who acted. */
    void statusChanged(Proposal p, String reason, String actor) {
        BundleTexts t = new BundleTexts("budget", Locale.FRENCH);
        Set<String> to = new TreeSet<>(p.getFollowers());
        to.addAll(p.getHolders());
        if (actor != null) {
            to.remove(actor);
        }
        String status = t.get("budget.status." + p.getStatus());
        String subject = t.get("budget.mail.subject", p.getTitle());
        String body = t.get("budget.mail.body", p.getTitle(), status,
                reason == null || reason.isBlank() ? "" : t.get("budget.mail.reason", reason),
                publicUrl + "/" + BudgetPaths.proposal(p.getId()));
        to.forEach(address -> mail.send(address, subject, body));
    }
}
