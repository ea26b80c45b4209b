package fr.agora.council.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, erases the personal data of the pools whose retention period after the draw has passed, and of the
 * residents' candidacies whose retention period after their call closed has passed.
 */
@Component
class PoolRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(PoolRetentionJob.class);

    private final RetentionService retention;

    PoolRetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${agora.council.pool-retention-cron:0 30 3 * * *}", zone = "Europe/Paris")
    void run() {
        int erased = retention.purgeExpiredPools();
        if (erased > 0) {
            log.info("Données personnelles effacées des viviers de tirage : {} personnes", erased);
        }
        int candidates = retention.purgeExpiredCandidacies();
        if (candidates > 0) {
            log.info("Données personnelles effacées des candidatures d'habitants : {} candidatures", candidates);
        }
    }
}
