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

    /** The IANA zone of the organization's clock when the workshop was planned: its times and due dates mean it. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public long durationMinutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }
}
