package city.circular.hub.workshop;

import city.circular.hub.common.Agenda;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One block of a workshop's agenda. The agenda is replaced as a whole and versioned through the workshop. */
@Entity
@Table(name = "workshop_agenda_item")
public class AgendaItem implements Agenda.Block {

    @Id
    public UUID id;

    @Column(name = "workshop_id", nullable = false, updatable = false)
    public UUID workshopId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    public String method;

    public String responsible;

    @Column(name = "expected_output")
    public String expectedOutput;

    @Override
    public int durationMinutes() {
        return durationMinutes;
    }
}
