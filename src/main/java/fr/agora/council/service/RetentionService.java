package fr.agora.council.service;

import fr.agora.council.domain.Candidacy;
import fr.agora.council.domain.CandidacyRepository;
import fr.agora.council.domain.CouncilDraw;
import fr.agora.council.domain.CouncilDrawRepository;
import fr.agora.council.domain.DrawStatus;
import fr.agora.council.domain.PoolPersonRepository;
import fr.agora.shared.service.AuditService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long the councils keep personal data (run every night by {@link PoolRetentionJob}): a draw's pool
 * ({@code agora.council.pool-retention-days} after the draw) and residents' candidacies
 * ({@code agora.candidacy.retention-days} after their call closed). What is erased is audited, per draw and per call.
 */
@Service
public class RetentionService {

    private final CouncilDrawRepository draws;
    private final PoolPersonRepository people;
    private final CandidacyRepository candidacies;
    private final CouncilSettings councilSettings;
    private final CandidacySettings candidacySettings;
    private final AuditService audit;
    private final Clock clock;

    RetentionService(CouncilDrawRepository draws, PoolPersonRepository people, CandidacyRepository candidacies,
            CouncilSettings councilSettings, CandidacySettings candidacySettings, AuditService audit, Clock clock) {
        this.draws = draws;
        this.people = people;
        this.candidacies = candidacies;
        this.councilSettings = councilSettings;
        this.candidacySettings = candidacySettings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Erases the personal data of the pools of draws done more than {@code agora.council.pool-retention-days} ago:
     * names, addresses and contacts go; ids and features stay, so the published draw can still be checked. The
     * drawn people's contacts live on in the council's member list.
     *
     * @return how many people were erased
     */
    @Transactional
    public int purgeExpiredPools() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(councilSettings.poolRetentionDays()));
        int erased = 0;
        for (CouncilDraw d : draws.findByStatusAndDrawnAtBefore(DrawStatus.DRAWN, cutoff)) {
            int count = d.erasePool(people.findByDrawIdOrderById(d.getId()), cutoff);
            if (count > 0) {
                audit.recordAs("système", "DRAW_POOL_ERASED", "council_draw", d.getId(), Map.of("people", count,
                        "retentionDays", councilSettings.poolRetentionDays()));
            }
            erased += count;
        }
        return erased;
    }

    /**
     * Erases the personal data of residents' candidacies whose call closed more than the retention period ago.
     * Withdrawn candidacies go the same way.
     *
     * @return how many candidacies were erased
     */
    @Transactional
    public int purgeExpiredCandidacies() {
        Instant now = clock.instant();
        List<Candidacy> expired = candidacies.findErasable(now.minus(Duration.ofDays(candidacySettings.retentionDays())));
        Map<Long, Integer> byCampaign = new TreeMap<>();
        for (Candidacy c : expired) {
            c.erasePersonalData(now);
            byCampaign.merge(c.getCampaign().getId(), 1, Integer::sum);
        }
        byCampaign.forEach((campaign, count) -> audit.recordAs("système", "CANDIDACIES_ERASED", "council_campaign",
                campaign, Map.of("candidacies", count, "retentionDays", candidacySettings.retentionDays())));
        return expired.size();
    }
}
