package city.circular.hub.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Raci", description = "A party's role in a project: responsible, accountable, consulted or informed.")
public enum Raci {
    RESPONSIBLE,
    ACCOUNTABLE,
    CONSULTED,
    INFORMED
}
