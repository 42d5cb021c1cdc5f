package city.circular.hub.network;

import city.circular.hub.common.AuditedRecord;
import city.circular.hub.common.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A network or programme of organizations, run by its coordinating organization. Not a tenant record: who reads it
 * follows from its memberships, not from an owner and a visibility alone.
 */
@Entity
@Table(name = "network")
public class Network extends AuditedRecord {

    @Column(name = "coordinator_organization", nullable = false, updatable = false)
    public UUID coordinatorId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NetworkKind kind;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fields_of_action", nullable = false)
    public List<String> fieldsOfAction = new ArrayList<>();

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    public String funder;

    @Column(name = "funding_line")
    public String fundingLine;

    public BigDecimal budget;

    public String currency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Link> links = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NetworkStatus status;

    /** PRIVATE: only the network's own organizations read it; PUBLIC: anyone may read it and ask to join. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility = Visibility.PRIVATE;

    @Column(name = "external_id")
    public String externalId;
}
