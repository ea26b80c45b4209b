package fr.agora.council.service;

import static fr.agora.council.service.ApplicationChecks.text;

import fr.agora.council.domain.CampaignKind;
import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CandidacyCampaign;
import fr.agora.council.domain.CandidacyRepository;
import fr.agora.council.domain.College;
import fr.agora.council.domain.CouncilTime;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.MailService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The information meeting of an associations' call, to which staff invite the candidates once the call is closed. */
@Service
public class InformationMeetingService {

    private final CampaignService campaigns;
    private final CandidacyRepository candidacies;
    private final MembershipService councils;
    private final MailService mail;
    private final AuditService audit;
    private final Clock clock;

    InformationMeetingService(CampaignService campaigns, CandidacyRepository candidacies, MembershipService councils,
            MailService mail, AuditService audit, Clock clock) {
        this.campaigns = campaigns;
        this.candidacies = candidacies;
        this.councils = councils;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Invites the candidates of a closed associations' call to the information meeting of the territory (DOMAIN.md
     * §1.6, §7 item 10): each standing candidacy's contact, titulaire and suppléant get the number of seats to fill
     * and how the members will be designated (directly when the candidates do not outnumber the seats, otherwise by an
     * election among the associations). Candidacies without any e-mail are listed for a letter or a call.
     *
     * @return the references of the candidacies that have no e-mail address
     */
    @PreAuthorize(CouncilService.STAFF)
    @Transactional
    public List<String> inviteToInformationMeeting(long campaignId, LocalDateTime when, String place) {
        CandidacyCampaign c = campaigns.campaignEntity(campaignId);
        c.checkKind(CampaignKind.ASSOCIATION);
        if (c.isOpenAt(clock.instant()) || clock.instant().isBefore(c.getOpensAt())) {
            throw new BusinessException("candidacy.error.still-open", CouncilTime.SHOWN.format(c.getClosesAt()));
        }
        if (when == null || !when.atZone(CouncilTime.ZONE).toInstant().isAfter(clock.instant())) {
            throw new BusinessException("candidacy.error.meeting-date");
        }
        String where = text(place, 255, "candidacy.error.meeting-place");
        List<Candidacy> standing = candidacies.findStanding(campaignId);
        if (standing.isEmpty()) {
            throw new BusinessException("candidacy.error.no-candidate");
        }
        int seats = councils.freeSeats(c.getCouncil().getId(), College.ASSOCIATIONS);
        String mode = standing.size() > seats ? "election" : "direct";
        String day = CouncilTime.SHOWN.format(when);
        List<String> withoutMail = new ArrayList<>();
        int mails = 0;
        for (Candidacy x : standing) {
            Set<String> to = new LinkedHashSet<>();
            for (String address : new String[] {x.getEmail(), x.getTitulaireEmail(), x.getSuppleantEmail()}) {
                if (address != null) {
                    to.add(address);
                }
            }
            if (to.isEmpty()) {
                withoutMail.add(x.getReference());
            }
            BundleTexts t = new BundleTexts("candidacy", Locale.forLanguageTag(x.getLocale()));
            for (String address : to) {
                mail.send(address, t.get("candidacy.meeting.subject", c.getCouncil().getName()),
                        t.get("candidacy.meeting.body", x.getOrganisation(), c.getCouncil().getName(), day, where, seats,
                                standing.size(), t.get("candidacy.meeting.mode." + mode)));
                mails++;
            }
        }
        audit.record("CANDIDACY_MEETING_INVITED", "council_campaign", campaignId, Map.of("when", when.toString(),
                "candidacies", standing.size(), "mails", mails, "seats", seats, "mode", mode,
                "withoutMail", withoutMail.size()));
        return withoutMail;
    }
}
