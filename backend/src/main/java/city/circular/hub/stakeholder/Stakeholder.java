package city.circular.hub.stakeholder;

import city.circular.hub.common.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organisation of the municipality's circular-economy ecosystem. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder extends TenantRecord {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    /** Codes of fields of action; plain strings so that organisation-defined fields can join the built-in ones. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fields_of_action", nullable = false)
    public List<String> fieldsOfAction = new ArrayList<>();

    public String website;

    public String description;
}
