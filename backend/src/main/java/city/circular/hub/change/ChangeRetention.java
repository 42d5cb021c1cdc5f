package city.circular.hub.change;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the change record for the configured time (the audit trail's retention; the change feed promises at least
 * 30 days, so shorter settings are raised to that) and drops what is older once a day.
 */
@ApplicationScoped
public class ChangeRetention {

    static final Duration FEED_MINIMUM = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(ChangeRetention.class);

    private final ChangeRepository changes;
    private final Duration retention;

    public ChangeRetention(
            ChangeRepository changes, @ConfigProperty(name = "cch.changes.retention") Duration retention) {
        this.changes = changes;
        this.retention = retention.compareTo(FEED_MINIMUM) < 0 ? FEED_MINIMUM : retention;
    }

    @Scheduled(cron = "{cch.changes.purge-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        int purged = purgeOlderThan(Instant.now().minus(retention));
        if (purged > 0) {
            LOG.infof("Purged %d change records older than %s", purged, retention);
        }
    }

    /** Drops the changes made before the instant; feed cursors into them answer 410 from now on. */
    @Transactional
    public int purgeOlderThan(Instant instant) {
        return changes.purgeBefore(instant);
    }
}
