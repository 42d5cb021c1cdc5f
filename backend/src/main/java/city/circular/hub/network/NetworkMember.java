package city.circular.hub.network;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
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

    boolean isAccepted() {
        return status == MembershipStatus.ACCEPTED;
    }
}
