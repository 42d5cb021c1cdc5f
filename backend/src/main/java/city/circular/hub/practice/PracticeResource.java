package city.circular.hub.practice;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.ApiException;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import city.circular.hub.common.Tagged;
import city.circular.hub.common.Versions;
import city.circular.hub.fieldofaction.FieldOfActionCodes;
import city.circular.hub.organization.ChecksAccessFirst;
import city.circular.hub.organization.ForEditors;
import city.circular.hub.sync.BulkFailure;
import city.circular.hub.sync.BulkParams;
import city.circular.hub.sync.BulkResult;
import city.circular.hub.sync.OwnerParam;
import city.circular.hub.sync.UpsertDocs;
import city.circular.hub.sync.UpsertParams;
import city.circular.hub.sync.Upserts;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/practices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Practices",
        description = "The good-practice library: what municipalities learned, published to their networks or "
                + "everyone, searched in German, Danish and English, and adopted by other cities")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PracticeResource {

    static final String INPUT_EXAMPLE = """
            {"title": "Bauteilbörse für kommunale Rückbauprojekte",
             "summary": "Gebrauchte Bauteile aus dem Rückbau städtischer Gebäude werden erfasst und wiederverwendet.",
             "context": {"municipality": "Stadt Musterstadt", "country": "DE", "populationBand": "FROM_100K_TO_500K",
                         "regionType": "URBAN"},
             "problem": "Beim Rückbau landeten verwertbare Bauteile im Container.",
             "approach": "Bauteilkataster vor dem Rückbau, Online-Börse, Lager beim Bauhof.",
             "results": {"text": "120 Türen und 40 t Stahlträger wiederverwendet.", "co2eTonnesPerYear": 85,
                         "materialTonnesPerYear": 40, "basis": "MEASURED"},
             "successFactors": "Rückhalt der Bauverwaltung", "barriers": "Gewährleistung bei gebrauchten Bauteilen",
             "costAndEffort": "0,5 Stellen, 20.000 EUR Lager", "duration": "18 Monate",
             "transferConditions": "Ein kommunaler Bauhof mit Lagerfläche",
             "lessonsLearned": "Früh mit dem Rückbauunternehmen sprechen.",
             "fieldsOfAction": ["CONSTRUCTION_BUILDINGS"], "sdgTargets": ["12.5"], "maturity": "LIGHTHOUSE",
             "language": "de", "attachments": [{"title": "Leitfaden", "url": "https://musterstadt.example/leitfaden.pdf"}],
             "visibility": "NETWORK"}""";

    private static final String BULK_EXAMPLE = """
            {"items": [{"externalId": "gp-bauteilboerse", "title": "Bauteilbörse für kommunale Rückbauprojekte",
             "summary": "Gebrauchte Bauteile aus dem Rückbau städtischer Gebäude werden erfasst und wiederverwendet.",
             "fieldsOfAction": ["CONSTRUCTION_BUILDINGS"], "maturity": "LIGHTHOUSE", "language": "de",
             "visibility": "NETWORK"}]}""";

    /** The library's search parameters, parsed into a filter. */
    public static class Filters {
        @Parameter(
                description = "Words to search for in every text field, in German, Danish or English (web search "
                        + "syntax: \"a phrase\", or, -excluded); ranks the results")
        @QueryParam("q")
        String text;

        @Parameter(description = "Only this organization's practices", schema = @Schema(format = "uuid"))
        @QueryParam("organizationId")
        String organizationId;

        @Parameter(description = FieldOfActionCodes.FILTER_DESCRIPTION)
        @QueryParam("fieldOfAction")
        String fieldOfAction;

        @Parameter(description = "Only practices from this country (ISO 3166-1 alpha-2)", example = "DE")
        @QueryParam("country")
        String country;

        @Parameter(
                description = "Only practices from municipalities of this size",
                schema = @Schema(implementation = PopulationBand.class))
        @QueryParam("populationBand")
        String populationBand;

        @Parameter(description = "Only practices of this maturity", schema = @Schema(implementation = Maturity.class))
        @QueryParam("maturity")
        String maturity;

        @Parameter(description = "Only practices written in this language: de, da or en")
        @QueryParam("language")
        String language;

        @Parameter(description = "Only practices of members of this network", schema = @Schema(format = "uuid"))
        @QueryParam("networkId")
        String networkId;

        @Parameter(
                description = "Only practices in this status (drafts are the caller's own)",
                schema = @Schema(implementation = PracticeStatus.class))
        @QueryParam("status")
        String status;

        @Parameter(description = "Only practices documenting this starter project", schema = @Schema(format = "uuid"))
        @QueryParam("sourceProjectId")
        String sourceProjectId;

        PracticeFilter parse() {
            String countryCode = QueryParams.text("country", country);
            if (countryCode != null && !countryCode.matches("^[A-Z]{2}$")) {
                throw ApiException.invalid("country", "must be an ISO 3166-1 alpha-2 code such as DE");
            }
            String lang = QueryParams.text("language", language);
            if (lang != null && !lang.matches("^(de|da|en)$")) {
                throw ApiException.invalid("language", "must be de, da or en");
            }
            String words = QueryParams.text("q", text);
            if (words != null && words.length() > 200) {
                throw ApiException.invalid("q", "must be at most 200 characters");
            }
            return new PracticeFilter(
                    words,
                    QueryParams.uuid("organizationId", organizationId),
                    FieldOfActionCodes.filter("fieldOfAction", fieldOfAction),
                    countryCode,
                    QueryParams.enumValue("populationBand", populationBand, PopulationBand.class),
                    QueryParams.enumValue("maturity", maturity, Maturity.class),
                    lang,
                    QueryParams.uuid("networkId", networkId),
                    QueryParams.enumValue("status", status, PracticeStatus.class),
                    QueryParams.uuid("sourceProjectId", sourceProjectId));
        }
    }

    private final PracticeService service;

    private final Upserts upserts;
    private final PracticeUpserts byExternalId;

    public PracticeResource(PracticeService service, Upserts upserts, PracticeUpserts byExternalId) {
        this.upserts = upserts;
        this.byExternalId = byExternalId;
        this.service = service;
    }

    @GET
    @Operation(
            summary = "Search the practice library",
            description = "The practices the caller may read (published ones of their own organization, their "
                    + "network peers' NETWORK ones, PUBLIC ones; drafts of their own organization), filtered and, "
                    + "with `q`, found by full-text search in each practice's language (German, Danish, English "
                    + "stemming) and ranked best first, with highlighted excerpts. The facets count every hit under "
                    + "the same query and filters.")
    @APIResponse(responseCode = "200", description = "One page of practices with the total and facets")
    public PracticePage searchPractices(
            @Parameter(
                            description = "Page size, 1 to 100",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "The `next` value of the previous page") @QueryParam("cursor") String cursor,
            @BeanParam Filters filters) {
        return service.search(filters.parse(), PageRequest.of(limit, cursor));
    }

    @POST
    @Operation(
            summary = "Create a practice",
            description = "Writes a practice for the caller's organization, as a DRAFT.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = PracticeInput.class),
                            examples = @ExampleObject(name = "practice", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PracticeView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "practice"))
    public Response createPractice(@Valid @NotNull PracticeInput input, UriInfo uri) {
        PracticeView created = service.create(input);
        return Tagged.created(uri, created.id(), created, created.version());
    }

    @POST
    @Path("/from-project/{projectId}")
    @Operation(
            summary = "Draft a practice from a starter project",
            description = "Writes a DRAFT practice of the project's organization in one step, pre-filled from the "
                    + "project: title, summary, fields of action, its measures as the approach, its impact totals "
                    + "as estimated yearly result figures, cost, duration and maturity. Persons (parties, a "
                    + "measure's responsible) are never copied. The caller must edit for the project's organization.")
    @APIResponse(
            responseCode = "201",
            description = "The draft",
            content = @Content(schema = @Schema(implementation = PracticeView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "practice"))
    public Response draftPracticeFromProject(@PathParam("projectId") UUID projectId) {
        PracticeView created = service.draftFromProject(projectId);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, Tagged.location("/api/v1/practices/" + created.id()))
                .tag(Versions.etag(created.version()))
                .entity(created)
                .build();
    }

    @PUT
    @ForEditors
    @Path("/by-external-id/{externalId}")
    @Operation(summary = "Create or replace a practice by external id", description = UpsertDocs.DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = PracticeInput.class),
                            examples = @ExampleObject(name = "practice", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PracticeView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "practice"))
    @APIResponse(
            responseCode = "412",
            description = UpsertDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertPractice(
            @BeanParam UpsertParams upsert, @BeanParam OwnerParam owner, @Valid @NotNull PracticeInput input) {
        Upserts.Outcome outcome =
                upserts.upsert(byExternalId, owner.organization(), upsert.externalId, input, upsert.conditions());
        return Upserts.answer(byExternalId, outcome);
    }

    @POST
    @ForEditors
    @Path("/bulk")
    @Operation(summary = "Create or replace up to 1,000 good practices by external id", description = UpsertDocs.BULK)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = PracticeBulkInput.class),
                            examples = @ExampleObject(name = "practices", value = BULK_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "One result per item",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(
            responseCode = "413",
            description = UpsertDocs.BULK_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = UpsertDocs.BULK_FAILURE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = BulkFailure.class)))
    public Response bulkUpsertPractices(
            @BeanParam BulkParams how,
            @BeanParam OwnerParam owner,
            @Valid @NotNull PracticeBulkInput bulk,
            UriInfo uri) {
        return upserts.bulk(byExternalId, owner.organization(), bulk.items(), how.mode, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a practice", description = "One practice with its adoption count; its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The practice",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    public Response getPractice(@PathParam("id") UUID id) {
        return withTag(service.get(id));
    }

    @PUT
    @ChecksAccessFirst(PracticeService.class)
    @Path("/{id}")
    @Operation(
            summary = "Update a practice",
            description = "Replaces the client-owned fields; fields left out become empty. A published practice "
                    + "stays NETWORK or PUBLIC. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = PracticeInput.class),
                            examples = @ExampleObject(name = "practice", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated practice",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    public Response updatePractice(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PracticeInput input) {
        return withTag(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Delete a practice",
            description = "Deletes the practice with its comments and adoption records. Projects adopted from it "
                    + "keep the title and version they adopted. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deletePractice(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @ChecksAccessFirst(PracticeService.class)
    @Path("/{id}/status")
    @Operation(
            summary = "Publish a practice or take it back to draft",
            description = "PUBLISHED requires NETWORK or PUBLIC visibility (422 otherwise); DRAFT hides the "
                    + "practice from everyone outside its organization again. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = PracticeStatusChange.class),
                            examples = @ExampleObject(name = "publish", value = "{\"status\": \"PUBLISHED\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The practice in its new status",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    public Response changePracticeStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PracticeStatusChange change) {
        return withTag(service.changeStatus(id, ifMatch, change));
    }

    private static Response withTag(PracticeView practice) {
        return Tagged.ok(practice, practice.version());
    }
}
