package city.circular.hub.workshop;

import city.circular.hub.common.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A moderated workshop of a municipality, optionally part of a strategy's process. */
@Entity
@Table(name = "workshop")
public class Workshop extends TenantRecord {

    /** German and Danish municipalities share this time zone; the dates of their workshops and tasks are meant in it. */
    static final ZoneId MUNICIPAL_TIME = ZoneId.of("Europe/Berlin");

    @Column(name = "strategy_id")
    public UUID strategyId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkshopPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkshopFormat format;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String place;

    @Column(name = "online_link")
    public String onlineLink;

    @Column(nullable = false)
    public int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkshopStatus status = WorkshopStatus.PLANNED;

    public String minutes;

    public long durationMinutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }
}
