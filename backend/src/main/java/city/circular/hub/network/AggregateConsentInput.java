package city.circular.hub.network;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkAggregateConsent",
        description = "The member organization's admin consents to, or withdraws, counting all its records in the"
                + " network's dashboard as aggregate figures (never the records themselves).",
        requiredProperties = "sharesAggregates")
public record AggregateConsentInput(
        @NotNull @Schema(description = "true to consent, false to withdraw", examples = "true")
        Boolean sharesAggregates) {}
