package fr.agora.council.service;

import fr.agora.council.domain.Candidacy;
import fr.agora.shared.service.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own candidacies, found by their account's e-mail address (a candidacy is taken without an
 * account, with an address): for "Mon espace". Erased candidacies are not shown.
 */
@Service
public class MyCandidacies {

    @PersistenceContext
    private EntityManager em;

    /**
     * One of my candidacies.
     *
     * @param reference   its reference, as in the acknowledgement
     * @param call        the call's title
     * @param councilName the council
     * @param councilSlug the council's address
     * @param status      received or withdrawn
     * @param callOpen    whether the call is still open (otherwise the draw or the election comes next)
     * @param submittedAt when it was received
     */
    public record Mine(String reference, String call, String councilName, String councilSlug, Candidacy.Status status,
            boolean callOpen, Instant submittedAt) {
    }

    /** My candidacies, newest first; empty for a visitor. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Mine> mine(Instant now) {
        String email = CurrentUser.email().map(e -> fr.agora.shared.domain.EmailAddress.normalise(e)).orElse(null);
        if (email == null) {
            return List.of();
        }
        return em.createQuery("select c from Candidacy c join fetch c.campaign k join fetch k.council"
                        + " where c.email = :email order by c.createdAt desc", Candidacy.class)
                .setParameter("email", email).getResultList().stream().filter(c -> !c.isErased())
                .map(c -> new Mine(c.getReference(), c.getCampaign().getTitle(), c.getCampaign().getCouncil().getName(),
                        c.getCampaign().getCouncil().getSlug(), c.getStatus(),
                        c.getCampaign().getClosesAt() == null || c.getCampaign().getClosesAt().isAfter(now), c.getCreatedAt()))
                .toList();
    }
}
