package city.circular.hub.network;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkDashboardBasis",
        description = "What a member's dashboard row counts its strategies, starter projects and workshops from:"
                + " SHARED_RECORDS, only the records it shares with its networks (NETWORK or PUBLIC);"
                + " AGGREGATES_CONSENTED, all its records, PRIVATE ones too, because its admin agreed to share them"
                + " with this network as aggregate figures.")
public enum DashboardBasis {
    SHARED_RECORDS,
    AGGREGATES_CONSENTED
}
