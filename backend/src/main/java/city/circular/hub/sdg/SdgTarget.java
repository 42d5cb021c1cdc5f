package city.circular.hub.sdg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 169 targets of the SDGs, such as 12.5; reference data, changed only by migrations. */
@Entity
@Table(name = "sdg_target")
public class SdgTarget {

    @Id
    public String code;

    @Column(name = "goal_number", nullable = false)
    public Integer goalNumber;

    /** Order within the goal: 8.9 before 8.10, numbered targets before lettered ones. */
    @Column(nullable = false)
    public Integer position;

    @Column(name = "title_en", nullable = false)
    public String titleEn;
}
