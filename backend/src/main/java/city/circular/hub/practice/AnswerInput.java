package city.circular.hub.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PracticeAnswerInput", description = "The practice owner's answer to a question or comment.")
public record AnswerInput(
        @NotBlank @Size(max = 4000) @Schema(examples = "Über eine Sachverständigen-Prüfung vor dem Einbau.")
        String text) {}
