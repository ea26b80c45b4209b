package fr.agora.council.service;

import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CouncilMember;
import fr.agora.shared.service.PersonalData;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The councils' part of a person's data, found by their e-mail address (candidacies and memberships are taken
 * without an account): the candidacies not yet erased and the seats held. Deleting the account does not erase them:
 * a candidacy is erased by its own retention rule (or on request to the staff, who must keep the draw
 * verifiable), and a membership is part of the Préfet's arrêté, a public record. The export says so.
 */
@Component
class CouncilPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String key() {
        return "councils";
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("candidacies", em.createQuery("select c from Candidacy c join fetch c.campaign k join fetch k.council"
                + " where c.email = :email order by c.createdAt", Candidacy.class).setParameter("email", person.email())
                .getResultList().stream().filter(c -> !c.isErased()).map(c -> Map.of("reference", c.getReference(),
                        "call", c.getCampaign().getTitle(), "council", c.getCampaign().getCouncil().getName(),
                        "status", c.getStatus().name(), "submittedAt", c.getCreatedAt().toString()))
                .toList());
        data.put("memberships", em.createQuery("select m from CouncilMember m join fetch m.council where m.email = :email"
                + " order by m.id", CouncilMember.class).setParameter("email", person.email()).getResultList().stream()
                .map(m -> Map.of("council", m.getCouncil().getName(), "college", m.getCollege().name(),
                        "position", m.getPosition().name(), "status", m.getStatus().name()))
                .toList());
        data.put("kept", "Les candidatures sont effacées selon la durée de conservation de l'appel ; un mandat figure"
                + " dans l'arrêté préfectoral, document public. Pour une demande particulière, écrivez à la Ville.");
        return data;
    }

    @Override
    public void erase(Person person) {
        // nothing tied to the account itself: see the class comment (kept on their own legal basis)
    }
}
