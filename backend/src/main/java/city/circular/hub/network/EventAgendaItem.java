package city.circular.hub.network;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.Agenda;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One block of an event's agenda, as the client sends it and as the event stores it. */
@Schema(name = "NetworkEventAgendaItemInput", description = "One block of the agenda, in order.")
public record EventAgendaItem(
        @NotBlank @Size(max = 200) @Schema(examples = "Stand der Strategien")
        String title,

        @Min(1) @Max(Agenda.MAX_ITEM_MINUTES) @Schema(examples = "45", required = true)
        int durationMinutes,

        @Size(max = 200) @Schema(examples = "Kurzberichte") String method,

        @Size(max = 200) @Schema(examples = "Netzwerkkoordination")
        String responsible,

        @Size(max = 1000) @Schema(examples = "Überblick über den Stand je Stadt")
        String expectedOutput)
        implements Agenda.Block {

    EventAgendaItem stripped() {
        return new EventAgendaItem(
                title.strip(),
                durationMinutes,
                blankToNull(method),
                blankToNull(responsible),
                blankToNull(expectedOutput));
    }
}
