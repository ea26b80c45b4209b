package fr.agora.council.service;

import fr.agora.council.CouncilDrawn;
import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.CouncilMember;
import fr.agora.council.domain.CouncilMemberRepository;
import fr.agora.council.domain.PoolPerson;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.council.pool.PoolSource;
import fr.agora.shared.service.AuditService;
import fr.agora.shared.service.BundleTexts;
import fr.agora.shared.service.MailService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a council is drawn, tells the volunteers (residents who applied to a call) who were not drawn that the draw
 * took place, as their candidacy's acknowledgement promised; they stay in the reserve order, called upon if a drawn
 * person declines. Runs once the draw is committed, as the Spring Modulith event publication registry guarantees
 * (an interrupted run is retried from the registry).
 */
@Component
class DrawVolunteerMail {

    private final DrawStore store;
    private final PoolPersonRepository people;
    private final CouncilMemberRepository members;
    private final MailService mail;
    private final AuditService audit;
    private final String publicUrl;

    DrawVolunteerMail(DrawStore store, PoolPersonRepository people, CouncilMemberRepository members, MailService mail,
            AuditService audit, @Value("${agora.public-url}") String publicUrl) {
        this.store = store;
        this.people = people;
        this.members = members;
        this.mail = mail;
        this.audit = audit;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** After the draw is committed, in its own transaction (a failed mail does not undo the draw). */
    @ApplicationModuleListener
    void on(CouncilDrawn drawn) {
        CouncilDraw d = store.load(drawn.drawId());
        Set<Long> chosen = members.findByDrawIdOrderBySeatNoAscPositionAsc(d.getId()).stream()
                .map(CouncilMember::getPoolPersonId).collect(Collectors.toSet());
        BundleTexts t = new BundleTexts("candidacy", Locale.FRENCH);
        String page = publicUrl + "/conseils/" + d.getCouncil().getSlug() + "/tirage";
        int told = 0;
        for (PoolPerson p : people.findByDrawIdOrderById(d.getId())) {
            if (!chosen.contains(p.getId()) && !p.getEmail().isEmpty()
                    && List.of(p.getSources().split(",")).contains(PoolSource.VOLUNTEER.name())) {
                mail.send(p.getEmail(), t.get("draw.mail.volunteer.subject", d.getCouncil().getName()),
                        t.get("draw.mail.volunteer.body", p.getFirstName() + " " + p.getLastName(),
                                d.getCouncil().getName(), page));
                told++;
            }
        }
        if (told > 0) {
            audit.recordAs("système", "DRAW_VOLUNTEERS_TOLD", "council_draw", d.getId(), Map.of("volunteers", told));
        }
    }
}
