package city.circular.hub.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopFollowUp",
        description = "A task agreed in a workshop.",
        requiredProperties = {
            "id",
            "workshopId",
            "workshopTitle",
            "title",
            "dueDate",
            "done",
            "overdue",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record FollowUpView(
        UUID id,
        UUID workshopId,
        @Schema(examples = "Auftaktworkshop Kreislaufstadt") String workshopTitle,

        @Schema(examples = "Protokoll an alle Teilnehmenden versenden")
        String title,

        @Schema(examples = "Amt für Wirtschaftsförderung") String owner,
        @Schema(examples = "2026-03-24") LocalDate dueDate,
        boolean done,

        @Schema(description = "Not done and due before today (German and Danish time)")
        boolean overdue,

        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static FollowUpView of(FollowUp f, String workshopTitle, ZoneId workshopZone) {
        return new FollowUpView(
                f.id,
                f.workshopId,
                workshopTitle,
                f.title,
                f.owner,
                f.dueDate,
                f.done,
                f.overdue(workshopZone),
                f.version,
                f.createdAt,
                f.createdBy,
                f.updatedAt,
                f.updatedBy);
    }
}
