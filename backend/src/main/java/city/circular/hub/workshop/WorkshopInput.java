package city.circular.hub.workshop;

import city.circular.hub.common.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopInput",
        description = "The fields a client sets on a workshop. The agenda, participants, outcomes and follow-ups have "
                + "their own endpoints; id, owner, version and audit fields belong to the server.")
public record WorkshopInput(
        @Schema(
                description = "Owning organization; only on create, and only needed when the caller edits for "
                        + "more than one organization. Ignored on update.")
        UUID organizationId,

        @Schema(description = "The strategy the workshop works on: one the caller edits, of the same organization")
        UUID strategyId,

        @NotBlank @Size(max = 200) @Schema(examples = "Auftaktworkshop Kreislaufstadt")
        String title,

        @NotNull WorkshopPurpose purpose,
        @NotNull WorkshopFormat format,

        @NotNull @Schema(examples = "2026-03-10T09:00:00+01:00")
        Instant startsAt,

        @NotNull @Schema(description = "After startsAt", examples = "2026-03-10T12:00:00+01:00")
        Instant endsAt,

        @Size(max = 300) @Schema(description = "Required for IN_PERSON and HYBRID", examples = "Rathaus, Ratssaal")
        String place,

        @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        @Schema(description = "Required for ONLINE and HYBRID", examples = "https://meet.example/kreislauf")
        String onlineLink,

        @Size(max = 20) List<@Valid @NotNull FacilitatorInput> facilitators,

        @NotNull @Min(1) @Max(1000) @Schema(description = "Seats for participants", examples = "30")
        Integer capacity,

        @Schema(description = "Defaults to PLANNED") WorkshopStatus status,

        @Size(max = 20000) @Schema(description = "The minutes, once the workshop was held")
        String minutes,

        @Schema(description = "Defaults to PRIVATE") Visibility visibility,

        @Size(max = 200) @Schema(examples = "ris-ws-2026-01")
        String externalId) {

    @AssertTrue(message = "must be after startsAt")
    @Schema(hidden = true)
    boolean isEndsAt() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    @AssertTrue(message = "is required for IN_PERSON and HYBRID workshops")
    @Schema(hidden = true)
    boolean isPlace() {
        return format == null || !format.needsPlace() || place != null && !place.isBlank();
    }

    @AssertTrue(message = "is required for ONLINE and HYBRID workshops")
    @Schema(hidden = true)
    boolean isOnlineLink() {
        return format == null || !format.needsOnlineLink() || onlineLink != null && !onlineLink.isBlank();
    }

    @Schema(
            name = "WorkshopFacilitatorInput",
            description = "A facilitator: a stakeholder of the workshop organization's register, or an outside "
                    + "organisation by name (such as a research institute). Exactly one of the two.")
    public record FacilitatorInput(
            UUID stakeholderId,

            @Size(max = 200) @Schema(examples = "Wuppertal Institut")
            String organizationName,

            @Size(max = 200) @Schema(examples = "Moderation")
            String role) {

        @AssertTrue(message = "give either stakeholderId or organizationName")
        @Schema(hidden = true)
        boolean isOrganizationName() {
            return (stakeholderId == null) != (organizationName == null || organizationName.isBlank());
        }
    }
}
