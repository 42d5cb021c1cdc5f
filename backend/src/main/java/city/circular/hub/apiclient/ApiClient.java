package city.circular.hub.apiclient;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A machine client an organization's admin created: the hub's record of a Keycloak client-credentials client. The
 * secret lives only in Keycloak.
 */
@Entity
@Table(name = "api_client")
public class ApiClient extends AuditedRecord {

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    /** Keycloak's internal id of the client, which its admin API addresses it by. */
    @Column(name = "keycloak_id", nullable = false, updatable = false)
    public String keycloakId;

    /** The client_id a script authenticates with. */
    @Column(name = "client_id", nullable = false, updatable = false)
    public String clientId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ApiClientRole role;
}
