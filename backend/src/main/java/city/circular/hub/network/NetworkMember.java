package city.circular.hub.network;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One organization's membership of a network, from invitation or request to its end. */
@Entity
@Table(name = "network_member")
public class NetworkMember extends AuditedRecord {

    @Column(name = "network_id", nullable = false, updatable = false)
    public UUID networkId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipStatus status;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    public String note;

    /** Whether the member lets the network count all its records, PRIVATE ones too, as aggregate figures. */
    @Column(name = "shares_aggregates", nullable = false)
    public boolean sharesAggregates;

    /** When the member's admin last consented or withdrew; null if never decided. */
    @Column(name = "aggregates_decided_at")
    public Instant aggregatesDecidedAt;

    /** Who last consented or withdrew (or ended the membership, which ends the consent). */
    @Column(name = "aggregates_decided_by")
    public String aggregatesDecidedBy;

    boolean isAccepted() {
        return status == MembershipStatus.ACCEPTED;
    }
}
