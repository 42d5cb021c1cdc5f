package city.circular.hub.network;

import city.circular.hub.common.Agenda;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkEventInput",
        description = "The fields the coordinator sets on a network event; attendance and reports have their own "
                + "endpoints.")
public record EventInput(
        @NotNull EventKind kind,

        @NotBlank @Size(max = 200) @Schema(examples = "Virtueller Statustermin März")
        String title,

        @NotNull @Schema(examples = "2026-03-12T09:00:00+01:00")
        Instant startsAt,

        @NotNull @Schema(description = "After startsAt", examples = "2026-03-12T11:00:00+01:00")
        Instant endsAt,

        @Size(max = 300) @Schema(description = "A place, an online link or both", examples = "Rathaus Musterstadt")
        String place,

        @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        @Schema(examples = "https://meet.example/netzwerk")
        String onlineLink,

        @Size(max = 4000) String description,

        @Size(max = Agenda.MAX_ITEMS) @Schema(description = "The agenda in order; together no longer than the event")
        List<@Valid @NotNull EventAgendaItem> agenda,

        @Size(max = 30) @Schema(description = "Slides, documents and recordings as links")
        List<@Valid @NotNull Link> materials,

        @Size(max = 20000) @Schema(description = "The minutes, once the event took place")
        String minutes) {

    @AssertTrue(message = "must be after startsAt")
    @Schema(hidden = true)
    boolean isEndsAt() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    @AssertTrue(message = "or onlineLink is required")
    @Schema(hidden = true)
    boolean isPlace() {
        return (place != null && !place.isBlank()) || (onlineLink != null && !onlineLink.isBlank());
    }
}
