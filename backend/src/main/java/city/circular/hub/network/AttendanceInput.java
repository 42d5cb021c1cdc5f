package city.circular.hub.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkAttendanceInput", description = "A member organization's attendance of an event.")
public record AttendanceInput(
        @NotNull AttendanceStatus status,

        @Min(0) @Max(1000) @Schema(description = "How many of its people", examples = "3")
        Integer people,

        @Size(max = 1000) @Schema(examples = "Klimaschutzmanagerin und Wirtschaftsförderung")
        String note) {}
