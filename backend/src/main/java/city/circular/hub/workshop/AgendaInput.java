package city.circular.hub.workshop;

import city.circular.hub.common.Agenda;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopAgendaInput", description = "The whole agenda, in order; it replaces the previous one.")
public record AgendaInput(
        @NotNull @Size(max = Agenda.MAX_ITEMS) List<@Valid @NotNull Item> items) {

    @Schema(name = "WorkshopAgendaItemInput", description = "One block of the agenda.")
    public record Item(
            @NotBlank @Size(max = 200) @Schema(examples = "Ideen sammeln")
            String title,

            @NotNull @Min(1) @Max(Agenda.MAX_ITEM_MINUTES) @Schema(examples = "45")
            Integer durationMinutes,

            @Size(max = 200) @Schema(examples = "World Café")
            String method,

            @Size(max = 200) @Schema(examples = "Wuppertal Institut")
            String responsible,

            @Size(max = 1000) @Schema(examples = "Ideenliste je Handlungsfeld")
            String expectedOutput) {}
}
