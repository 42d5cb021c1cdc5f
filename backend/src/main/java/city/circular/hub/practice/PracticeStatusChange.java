package city.circular.hub.practice;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PracticeStatusChange", description = "Publishes a practice or takes it back to DRAFT.")
public record PracticeStatusChange(@NotNull PracticeStatus status) {}
