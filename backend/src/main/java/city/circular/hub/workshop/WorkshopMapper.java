package city.circular.hub.workshop;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.Agenda;
import city.circular.hub.common.Visibility;
import city.circular.hub.stakeholder.RatingView.StakeholderSummary;
import city.circular.hub.stakeholder.Stakeholder;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

final class WorkshopMapper {

    private WorkshopMapper() {}

    /** {@code facilitators} are those the caller may see: free-text ones and readable stakeholders. */
    static WorkshopView toView(Workshop w, List<FacilitatorRepository.Row> facilitators, List<AgendaItem> agenda) {
        List<WorkshopView.Facilitator> visible = new ArrayList<>();
        for (FacilitatorRepository.Row row : facilitators) {
            Stakeholder s = row.stakeholder();
            visible.add(new WorkshopView.Facilitator(
                    s == null ? null : new StakeholderSummary(s.id, s.name, s.sector),
                    row.facilitator().organizationName,
                    row.facilitator().role));
        }
        return new WorkshopView(
                w.id,
                w.organizationId,
                w.strategyId,
                w.title,
                w.purpose,
                w.format,
                w.startsAt,
                w.endsAt,
                w.timeZone,
                w.place,
                w.onlineLink,
                w.capacity,
                w.status,
                visible,
                toAgenda(w, agenda),
                w.minutes,
                w.visibility,
                w.externalId,
                w.version,
                w.createdAt,
                w.createdBy,
                w.updatedAt,
                w.updatedBy);
    }

    /** Each item starts when the one before it ends; the first at the workshop's start. */
    static WorkshopView.Agenda toAgenda(Workshop w, List<AgendaItem> items) {
        List<WorkshopView.AgendaEntry> entries = Agenda.schedule(w.startsAt, items).stream()
                .map(s -> new WorkshopView.AgendaEntry(
                        s.block().position,
                        s.block().title,
                        s.block().durationMinutes,
                        s.block().method,
                        s.block().responsible,
                        s.block().expectedOutput,
                        s.startsAt(),
                        s.endsAt()))
                .toList();
        return new WorkshopView.Agenda(
                w.id, w.startsAt, w.endsAt, w.durationMinutes(), Agenda.plannedMinutes(items), entries);
    }

    static WorkshopSummary toSummary(Workshop w, long seatsTaken, long waitlisted) {
        return new WorkshopSummary(
                w.id,
                w.organizationId,
                w.strategyId,
                w.title,
                w.purpose,
                w.format,
                w.startsAt,
                w.endsAt,
                w.timeZone,
                w.place,
                w.onlineLink,
                w.capacity,
                seatsTaken,
                waitlisted,
                w.status,
                w.visibility,
                w.externalId,
                w.version,
                w.updatedAt,
                w.updatedBy);
    }

    /** A full update: every client-owned field takes the input's value, absent ones become empty. */
    static void apply(WorkshopInput input, Workshop w) {
        w.title = input.title().strip();
        w.purpose = input.purpose();
        w.format = input.format();
        // PostgreSQL keeps microseconds; truncating keeps cursors and computed agenda times equal after a reload.
        w.startsAt = input.startsAt().truncatedTo(ChronoUnit.MICROS);
        w.endsAt = input.endsAt().truncatedTo(ChronoUnit.MICROS);
        w.place = blankToNull(input.place());
        w.onlineLink = blankToNull(input.onlineLink());
        w.capacity = input.capacity();
        w.status = input.status() == null ? WorkshopStatus.PLANNED : input.status();
        w.minutes = blankToNull(input.minutes());
        w.visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        w.externalId = blankToNull(input.externalId());
    }

    static List<AgendaItem> toAgendaItems(Workshop w, AgendaInput input) {
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaInput.Item in : input.items()) {
            AgendaItem item = new AgendaItem();
            item.id = UUID.randomUUID();
            item.workshopId = w.id;
            item.position = items.size() + 1;
            item.title = in.title().strip();
            item.durationMinutes = in.durationMinutes();
            item.method = blankToNull(in.method());
            item.responsible = blankToNull(in.responsible());
            item.expectedOutput = blankToNull(in.expectedOutput());
            items.add(item);
        }
        return items;
    }
}
