package city.circular.hub.organization;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A tenant: a municipality, agency, network coordinator or institute whose members work in the hub. */
@Entity
@Table(name = "organization")
public class Organization extends AuditedRecord {

    /** The key that Keycloak group paths use: /organizations/{slug}/{role}. */
    @Column(nullable = false, unique = true, updatable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganizationKind kind;

    @Column(nullable = false)
    public String country;

    @Column(name = "official_code")
    public String officialCode;

    public Integer population;
}
