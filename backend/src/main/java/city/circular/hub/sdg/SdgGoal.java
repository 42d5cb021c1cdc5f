package city.circular.hub.sdg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 17 UN Sustainable Development Goals; reference data, changed only by migrations. */
@Entity
@Table(name = "sdg_goal")
public class SdgGoal {

    @Id
    public Integer number;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "title_de", nullable = false)
    public String titleDe;

    @Column(name = "title_da", nullable = false)
    public String titleDa;

    @Column(nullable = false)
    public String colour;
}
