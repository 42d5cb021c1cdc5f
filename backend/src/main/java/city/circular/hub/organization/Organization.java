package city.circular.hub.organization;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Map;

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

    /** The IANA zone of the organization's clock: its events are shown in it, "today" is its date. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** The clocks of the countries the hub serves; any other country names its zone. */
    static final Map<String, String> COUNTRY_ZONES =
            Map.of("DE", "Europe/Berlin", "DK", "Europe/Copenhagen", "GL", "America/Nuuk", "FO", "Atlantic/Faroe");

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    @PrePersist
    void clockOfItsCountry() {
        if (timeZone == null) {
            timeZone = COUNTRY_ZONES.getOrDefault(country, "Europe/Berlin");
        }
    }
}
