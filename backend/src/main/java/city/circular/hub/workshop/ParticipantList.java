package city.circular.hub.workshop;

import city.circular.hub.stakeholder.Sector;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopParticipantList",
        description = "A workshop's participants by stakeholder name, with counts and the balance of sectors. Counts"
                + " and balance cover every participant; items leave out stakeholders the caller may not read.",
        requiredProperties = {"workshopId", "capacity", "freeSeats", "items", "counts", "sectorBalance"})
public record ParticipantList(
        UUID workshopId,
        @Schema(examples = "30") int capacity,

        @Schema(description = "Capacity minus the seats taken; never negative", examples = "2")
        long freeSeats,

        List<ParticipantView> items,
        Counts counts,

        @Schema(description = "Every sector in a fixed order, also those without participants")
        List<SectorBalance> sectorBalance) {

    @Schema(
            name = "WorkshopParticipantCounts",
            description = "How many participants are in each status.",
            requiredProperties = {"invited", "registered", "waitlist", "attended", "noShow", "cancelled"})
    public record Counts(long invited, long registered, long waitlist, long attended, long noShow, long cancelled) {}

    @Schema(
            name = "WorkshopSectorBalance",
            description = "How a sector is represented: seats taken (REGISTERED or ATTENDED) and attendance.",
            requiredProperties = {"sector", "registered", "attended"})
    public record SectorBalance(
            Sector sector,

            @Schema(description = "Participants REGISTERED or ATTENDED")
            long registered,

            @Schema(description = "Participants who ATTENDED")
            long attended) {}
}
