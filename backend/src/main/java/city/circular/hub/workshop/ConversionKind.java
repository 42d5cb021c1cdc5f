package city.circular.hub.workshop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeConversionKind", description = "What an outcome was turned into.")
public enum ConversionKind {
    STARTER_PROJECT,
    GOAL
}
