package city.circular.hub.stakeholder;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import city.circular.hub.common.Tagged;
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
import java.util.List;
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

@Path("/api/v1/stakeholders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders", description = "The municipality's stakeholder register and its contacts")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StakeholderResource {

    static final String CSV = "text/csv";
    private static final String BULK_EXAMPLE = """
            {"items": [{"externalId": "crm-0815", "name": "Handwerkskammer Musterstadt", "sector": "CHAMBER",
             "fieldsOfAction": ["CONSTRUCTION_BUILDINGS"], "visibility": "PRIVATE"},
            {"externalId": "crm-0816", "name": "Stadtwerke Musterstadt", "sector": "UTILITY"}]}""";

    private static final String INPUT_EXAMPLE = """
            {"name": "Handwerkskammer Musterstadt", "sector": "CHAMBER",
             "fieldsOfAction": ["CONSTRUCTION_BUILDINGS"], "website": "https://hwk-musterstadt.example",
             "visibility": "PRIVATE"}""";
    private static final String CONTACT_EXAMPLE = """
            {"name": "Dr. Anna Beispiel", "role": "Leiterin Umwelt", "email": "anna.beispiel@hwk-musterstadt.example",
             "consentGiven": true, "consentDate": "2026-02-01"}""";

    private final StakeholderService service;
    private final StakeholderImport importer;

    private final Upserts upserts;
    private final StakeholderUpserts byExternalId;

    public StakeholderResource(
            StakeholderService service, StakeholderImport importer, Upserts upserts, StakeholderUpserts byExternalId) {
        this.upserts = upserts;
        this.byExternalId = byExternalId;
        this.service = service;
        this.importer = importer;
    }

    @GET
    @Operation(
            summary = "List stakeholders",
            description = "The stakeholders the caller may read, by name, one page at a time. Contacts are never "
                    + "part of the list.")
    @APIResponse(responseCode = "200", description = "One page of stakeholders")
    public StakeholderPage listStakeholders(
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
            @Parameter(description = "Only this organization's stakeholders", schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId,
            @Parameter(description = "Only this sector", schema = @Schema(implementation = Sector.class))
                    @QueryParam("sector")
                    String sector,
            @Parameter(
                            description = FieldOfActionCodes.FILTER_DESCRIPTION,
                            schema = @Schema(pattern = FieldOfActionCodes.PATTERN))
                    @QueryParam("fieldOfAction")
                    String fieldOfAction,
            @Parameter(description = "Text contained in the name or description") @QueryParam("q") String text) {
        var filter = new StakeholderRepository.Filter(
                QueryParams.uuid("organizationId", organizationId),
                QueryParams.enumValue("sector", sector, Sector.class),
                FieldOfActionCodes.filter("fieldOfAction", fieldOfAction),
                QueryParams.text("q", text));
        return service.list(filter, PageRequest.of(limit, cursor));
    }

    @POST
    @ForEditors
    @Operation(summary = "Create a stakeholder", description = "Adds a stakeholder to the caller's register.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StakeholderInput.class),
                            examples = @ExampleObject(name = "chamber", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = StakeholderView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "stakeholder"))
    public Response createStakeholder(@Valid @NotNull StakeholderInput input, UriInfo uri) {
        Stakeholder created = service.create(input);
        return Tagged.created(uri, created.id, StakeholderView.of(created), created.version);
    }

    @PUT
    @ForEditors
    @Path("/by-external-id/{externalId}")
    @Operation(summary = "Create or replace a stakeholder by external id", description = UpsertDocs.DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StakeholderInput.class),
                            examples = @ExampleObject(name = "stakeholder", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StakeholderView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = StakeholderView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "stakeholder"))
    @APIResponse(
            responseCode = "412",
            description = UpsertDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertStakeholder(
            @BeanParam UpsertParams upsert, @BeanParam OwnerParam owner, @Valid @NotNull StakeholderInput input) {
        Upserts.Outcome outcome =
                upserts.upsert(byExternalId, owner.organization(), upsert.externalId, input, upsert.conditions());
        return Upserts.answer(byExternalId, outcome);
    }

    @POST
    @ForEditors
    @Path("/bulk")
    @Operation(summary = "Create or replace up to 1,000 stakeholders by external id", description = UpsertDocs.BULK)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StakeholderBulkInput.class),
                            examples = @ExampleObject(name = "stakeholders", value = BULK_EXAMPLE)))
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
    public Response bulkUpsertStakeholders(
            @BeanParam BulkParams how,
            @BeanParam OwnerParam owner,
            @Valid @NotNull StakeholderBulkInput bulk,
            UriInfo uri) {
        return upserts.bulk(byExternalId, owner.organization(), bulk.items(), how.mode, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a stakeholder", description = "One stakeholder, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The stakeholder",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StakeholderView.class)))
    public Response getStakeholder(@PathParam("id") UUID id) {
        return withTag(service.get(id));
    }

    @PUT
    @ChecksAccessFirst(StakeholderService.class)
    @Path("/{id}")
    @Operation(summary = "Update a stakeholder", description = "Replaces the client-owned fields. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StakeholderInput.class),
                            examples = @ExampleObject(name = "chamber", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated stakeholder",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StakeholderView.class)))
    public Response updateStakeholder(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StakeholderInput input) {
        return withTag(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Delete a stakeholder",
            description = "Deletes the stakeholder with its contacts, ratings, workshop participations and places on "
                    + "workshop teams; a workshop seat it held goes to the longest waiting, as when a participant is "
                    + "removed. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteStakeholder(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/import-template")
    @Produces(CSV)
    @Operation(
            summary = "Download the CSV import template",
            description = "The header row and two example rows. Lists in `fieldsOfAction` are separated by `|`; "
                    + "the file may use commas or semicolons.")
    @APIResponse(
            responseCode = "200",
            description = "The template",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response stakeholderImportTemplate() {
        return Response.ok(importer.template())
                .header("Content-Disposition", "attachment; filename=\"stakeholder-import-template.csv\"")
                .build();
    }

    @POST
    @ForEditors
    @Path("/import")
    @Consumes(CSV)
    @Operation(
            summary = "Import stakeholders from CSV",
            description = "Creates one stakeholder per row, all or nothing. If any row is rejected, nothing is "
                    + "imported and the 422 problem lists each rejected field as `rows[N].field`, counting the "
                    + "header as row 1.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "two rows",
                                            value =
                                                    "name,sector,fieldsOfAction\nHandwerkskammer Musterstadt,CHAMBER,"
                                                            + "CONSTRUCTION_BUILDINGS\nFoodsharing e.V.,CIVIL_SOCIETY,FOOD_NUTRITION\n")))
    @APIResponse(
            responseCode = "200",
            description = "Every row was imported",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importStakeholders(
            @Parameter(
                            description = "Owning organization, when the caller edits for several",
                            schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId,
            String csv) {
        return importer.importCsv(QueryParams.uuid("organizationId", organizationId), csv);
    }

    @GET
    @Path("/{id}/contacts")
    @Operation(
            summary = "List a stakeholder's contacts",
            description = "Personal data: editors of the owning organization only (others: 403, or 404 if they "
                    + "cannot see the stakeholder).")
    @APIResponse(responseCode = "200", description = "The contacts, by name")
    public List<ContactView> listStakeholderContacts(@PathParam("id") UUID id) {
        return service.listContacts(id).stream().map(ContactView::of).toList();
    }

    @POST
    @ChecksAccessFirst(StakeholderService.class)
    @Path("/{id}/contacts")
    @Operation(summary = "Add a contact", description = "Adds a contact person to a stakeholder.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ContactInput.class),
                            examples = @ExampleObject(name = "contact", value = CONTACT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ContactView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "contact"))
    public Response addStakeholderContact(@PathParam("id") UUID id, @Valid @NotNull ContactInput input, UriInfo uri) {
        StakeholderContact created = service.addContact(id, input);
        return Tagged.created(uri, created.id, ContactView.of(created), created.version);
    }

    @GET
    @Path("/{id}/contacts/{contactId}")
    @Operation(summary = "Get a contact", description = "One contact person (editors only).")
    @APIResponse(
            responseCode = "200",
            description = "The contact",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response getStakeholderContact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
        StakeholderContact contact = service.getContact(id, contactId);
        return Tagged.ok(ContactView.of(contact), contact.version);
    }

    @PUT
    @ChecksAccessFirst(StakeholderService.class)
    @Path("/{id}/contacts/{contactId}")
    @Operation(summary = "Update a contact", description = "Replaces the contact's fields. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ContactInput.class),
                            examples = @ExampleObject(name = "contact", value = CONTACT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated contact",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response updateStakeholderContact(
            @PathParam("id") UUID id,
            @PathParam("contactId") UUID contactId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContactInput input) {
        StakeholderContact contact = service.updateContact(id, contactId, ifMatch, input);
        return Tagged.ok(ContactView.of(contact), contact.version);
    }

    @DELETE
    @Path("/{id}/contacts/{contactId}")
    @Operation(
            summary = "Erase a contact",
            description = "Deletes the contact's personal data completely (right to erasure). Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Erased")
    public void eraseStakeholderContact(
            @PathParam("id") UUID id,
            @PathParam("contactId") UUID contactId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.eraseContact(id, contactId, ifMatch);
    }

    private static Response withTag(Stakeholder stakeholder) {
        return Tagged.ok(StakeholderView.of(stakeholder), stakeholder.version);
    }
}
