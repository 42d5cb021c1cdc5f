package city.circular.hub.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionType", description = "The kind of place the practice comes from.")
public enum RegionType {
    URBAN,
    SUBURBAN,
    RURAL,
    REGION
}
