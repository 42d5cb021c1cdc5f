package city.circular.hub.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisorCheckIn",
        description = "One entry of an advisor's check-in log with a municipality.",
        requiredProperties = {
            "id",
            "assignmentId",
            "heldOn",
            "format",
            "topics",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record CheckInView(
        UUID id,
        UUID assignmentId,
        LocalDate heldOn,
        CheckInFormat format,
        String topics,
        String agreements,
        String nextSteps,
        LocalDate followUpOn,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static CheckInView of(AdvisorCheckIn c) {
        return new CheckInView(
                c.id,
                c.assignmentId,
                c.heldOn,
                c.format,
                c.topics,
                c.agreements,
                c.nextSteps,
                c.followUpOn,
                c.version,
                c.createdAt,
                c.createdBy,
                c.updatedAt,
                c.updatedBy);
    }
}
