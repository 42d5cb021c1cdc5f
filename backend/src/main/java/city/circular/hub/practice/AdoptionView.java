package city.circular.hub.practice;

import city.circular.hub.common.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PracticeAdoption",
        description = "A practice adopted by an organization into one of its starter projects, with the version and "
                + "title adopted and the adopter's feedback.",
        requiredProperties = {
            "id",
            "practiceId",
            "organizationId",
            "organizationName",
            "practiceVersion",
            "practiceTitle",
            "visibility",
            "version",
            "createdAt"
        })
public record AdoptionView(
        UUID id,
        UUID practiceId,
        UUID organizationId,
        @Schema(examples = "Eksempelby Kommune") String organizationName,

        @Schema(description = "The starter project it became; given to the adopter's members only")
        UUID projectId,

        long practiceVersion,
        String practiceTitle,
        Feedback feedback,
        Visibility visibility,
        String externalId,
        long version,
        Instant createdAt) {

    @Schema(
            name = "AdoptionFeedback",
            requiredProperties = {"wouldRecommend", "recordedAt"})
    public record Feedback(String adapted, String results, boolean wouldRecommend, Instant recordedAt) {}

    @Schema(
            name = "PracticeAdoptionPage",
            description = "The adoptions of a practice the caller may see, newest first; `total` counts all of them.",
            requiredProperties = {"items", "total"})
    public record Page(
            List<AdoptionView> items,

            @Schema(description = "Cursor for the next page; absent on the last page")
            String next,

            @Schema(description = "How many times the practice was adopted, visible or not")
            long total) {}
}
