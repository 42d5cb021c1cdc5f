package city.circular.hub.network;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of the coordinator or of an advisor organization, named as their token names them, assigned to a member
 * municipality of a network for a period.
 */
@Entity
@Table(name = "advisor_assignment")
public class AdvisorAssignment extends AuditedRecord {

    @Column(name = "network_id", nullable = false, updatable = false)
    public UUID networkId;

    @Column(name = "municipality_id", nullable = false)
    public UUID municipalityId;

    @Column(name = "advisor_organization_id", nullable = false)
    public UUID advisorOrganizationId;

    @Column(name = "advisor_username", nullable = false)
    public String advisorUsername;

    @Column(name = "advisor_name", nullable = false)
    public String advisorName;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String note;

    boolean isCurrentOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return (endsOn == null || !endsOn.isBefore(from)) && (to == null || !startsOn.isAfter(to));
    }
}
