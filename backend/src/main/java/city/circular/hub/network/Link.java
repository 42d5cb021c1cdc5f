package city.circular.hub.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkLink", description = "A web address with a title: a programme page, a call, a document.")
public record Link(
        @NotBlank @Size(max = 200) @Schema(examples = "Förderaufruf EFRE")
        String title,

        @NotBlank
        @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        @Schema(examples = "https://efre.example/aufruf-2026")
        String url) {

    Link stripped() {
        return new Link(title.strip(), url.strip());
    }
}
