package city.circular.hub.anchoring;

import city.circular.hub.common.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A group of politicians that follows the municipality's circular-economy work and meets now and then. */
@Entity
@Table(name = "follow_group")
public class FollowGroup extends TenantRecord {

    @Column(nullable = false)
    public String name;

    public String description;
}
