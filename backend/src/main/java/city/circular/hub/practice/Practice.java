package city.circular.hub.practice;

import city.circular.hub.common.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A good practice: what a municipality did, how it went and what another city needs to repeat it. Its text-search
 * vector is a generated column that Hibernate never maps.
 */
@Entity
@Table(name = "practice")
public class Practice extends TenantRecord {

    @Column(nullable = false)
    public String title;

    public String summary;
    public String municipality;
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "population_band")
    public PopulationBand populationBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_type")
    public RegionType regionType;

    public String problem;
    public String approach;
    public String results;

    @Column(name = "co2e_tonnes_per_year")
    public BigDecimal co2eTonnesPerYear;

    @Column(name = "renewable_mwh_per_year")
    public BigDecimal renewableMwhPerYear;

    @Column(name = "material_tonnes_per_year")
    public BigDecimal materialTonnesPerYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "figures_basis")
    public FiguresBasis figuresBasis;

    @Column(name = "success_factors")
    public String successFactors;

    public String barriers;

    @Column(name = "cost_and_effort")
    public String costAndEffort;

    public String duration;

    @Column(name = "transfer_conditions")
    public String transferConditions;

    @Column(name = "lessons_learned")
    public String lessonsLearned;

    @Column(name = "contact_organization_id")
    public UUID contactOrganizationId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fields_of_action", nullable = false)
    public List<String> fieldsOfAction = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_targets", nullable = false)
    public List<String> sdgTargets = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Maturity maturity = Maturity.IDEA;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String licence = DEFAULT_LICENCE;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Attachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PracticeStatus status = PracticeStatus.DRAFT;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "source_project_id")
    public UUID sourceProjectId;

    public static final String DEFAULT_LICENCE = "CC-BY-4.0";

    /** A link to a document, video or site about the practice; files themselves are not stored in the hub. */
    public record Attachment(String title, String url) {}
}
