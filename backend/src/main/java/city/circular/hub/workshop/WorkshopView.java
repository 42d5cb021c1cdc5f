package city.circular.hub.workshop;

import city.circular.hub.common.Visibility;
import city.circular.hub.stakeholder.RatingView.StakeholderSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Workshop",
        description = "A moderated workshop, with its facilitators and its agenda.",
        requiredProperties = {
            "id",
            "organizationId",
            "title",
            "purpose",
            "format",
            "startsAt",
            "endsAt",
            "timeZone",
            "capacity",
            "status",
            "facilitators",
            "agenda",
            "visibility",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record WorkshopView(
        UUID id,
        @Schema(description = "The owning organization") UUID organizationId,

        @Schema(description = "The strategy the workshop works on")
        UUID strategyId,

        @Schema(examples = "Auftaktworkshop Kreislaufstadt") String title,
        WorkshopPurpose purpose,
        WorkshopFormat format,
        Instant startsAt,
        Instant endsAt,

        @Schema(
                description = "IANA time zone of the organization's clock, in which the workshop's times are meant",
                examples = "Europe/Berlin")
        String timeZone,

        @Schema(examples = "Rathaus, Ratssaal") String place,
        @Schema(examples = "https://meet.example/kreislauf") String onlineLink,
        @Schema(examples = "30") int capacity,
        WorkshopStatus status,

        @Schema(description = "Facilitators naming a stakeholder the caller may not read are left out")
        List<Facilitator> facilitators,

        Agenda agenda,
        String minutes,
        Visibility visibility,
        String externalId,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @Schema(
            name = "WorkshopFacilitator",
            description = "A stakeholder of the register, or an outside organisation by name.")
    public record Facilitator(
            StakeholderSummary stakeholder,
            @Schema(examples = "Wuppertal Institut") String organizationName,
            @Schema(examples = "Moderation") String role) {}

    @Schema(
            name = "WorkshopAgenda",
            description = "The agenda in order; each item's times follow from the workshop's start and the "
                    + "durations before it.",
            requiredProperties = {"workshopId", "startsAt", "endsAt", "availableMinutes", "plannedMinutes", "items"})
    public record Agenda(
            UUID workshopId,
            @Schema(description = "The workshop's start") Instant startsAt,
            @Schema(description = "The workshop's end") Instant endsAt,

            @Schema(description = "The workshop's length in minutes", examples = "180")
            long availableMinutes,

            @Schema(description = "The agenda items' durations added up", examples = "165")
            long plannedMinutes,

            List<AgendaEntry> items) {}

    @Schema(
            name = "WorkshopAgendaItem",
            description = "One block of the agenda with its computed times.",
            requiredProperties = {"position", "title", "durationMinutes", "startsAt", "endsAt"})
    public record AgendaEntry(
            @Schema(description = "1-based place in the agenda", examples = "1")
            int position,

            @Schema(examples = "Ideen sammeln") String title,
            @Schema(examples = "45") int durationMinutes,
            @Schema(examples = "World Café") String method,
            @Schema(examples = "Wuppertal Institut") String responsible,

            @Schema(examples = "Ideenliste je Handlungsfeld")
            String expectedOutput,

            Instant startsAt,
            Instant endsAt) {}
}
