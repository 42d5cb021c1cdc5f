package city.circular.hub.fieldofaction;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.WriteCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fields of action: the built-in ones, and those organizations add for their own records. Records keep codes; this
 * service says which codes a record of an organization may use.
 */
@ApplicationScoped
public class FieldOfActionService implements WriteCheck {

    static final String WHAT = "Field of action";

    private final FieldOfActionRepository fields;
    private final AccessPolicy access;

    public FieldOfActionService(FieldOfActionRepository fields, AccessPolicy access) {
        this.fields = fields;
        this.access = access;
    }

    @Override
    public void checkWritable(UUID id) {
        CustomFieldOfAction field = fields.findById(id);
        if (field == null) {
            throw ApiException.notFound(WHAT);
        }
        access.writableReferenceData(field.organizationId, WHAT);
    }

    /** The built-ins, then the custom fields of the organizations the caller reads (or of the one asked for). */
    public FieldOfActionList list(UUID organizationId) {
        Set<UUID> scope = access.referenceDataScope();
        if (organizationId != null) {
            scope = scope.contains(organizationId) ? Set.of(organizationId) : Set.of();
        }
        List<CustomFieldOfAction> custom = scope.isEmpty() ? List.of() : fields.ofOrganizations(scope);
        return new FieldOfActionList(Stream.concat(
                        Arrays.stream(BuiltInFieldOfAction.values()).map(FieldOfActionView::of),
                        custom.stream().map(FieldOfActionView::of))
                .toList());
    }

    public CustomFieldOfAction get(UUID id) {
        CustomFieldOfAction field = fields.findById(id);
        if (field == null) {
            throw ApiException.notFound(WHAT);
        }
        access.readableReferenceData(field.organizationId, WHAT);
        return field;
    }

    @Transactional
    public CustomFieldOfAction create(FieldOfActionInput input) {
        UUID owner = access.organizationForNewRecord(input.organizationId());
        String code = input.code() == null ? FieldOfActionCodes.derive(input.name()) : input.code();
        if (code == null) {
            throw ApiException.invalid(
                    "code", "is required: the name has too few letters to make a code such as URBAN_MINING");
        }
        if (BuiltInFieldOfAction.isBuiltIn(code)) {
            throw conflict(code + " is a built-in field of action; choose another code.", "is a built-in code");
        }
        if (fields.codeTaken(owner, code)) {
            throw conflict(
                    "The organization already has a field of action with the code " + code + ".",
                    "is already used by another field of action of the organization");
        }
        CustomFieldOfAction field = new CustomFieldOfAction();
        field.created(access.caller().username());
        field.organizationId = owner;
        field.code = code;
        apply(input, field);
        fields.persistAndFlush(field);
        return field;
    }

    /** Renames the field; its code and organization stay, so records that use it keep it. */
    @Transactional
    public CustomFieldOfAction update(UUID id, String ifMatch, FieldOfActionInput input) {
        CustomFieldOfAction field = writable(fields.findById(id), ifMatch);
        if (input.code() != null && !input.code().equals(field.code)) {
            throw ApiException.rule(
                    "The code of a field of action never changes; records use it.", "code", "must stay " + field.code);
        }
        if (input.organizationId() != null && !input.organizationId().equals(field.organizationId)) {
            throw ApiException.rule(
                    "A field of action stays with its organization; add one to the other organization instead.",
                    "organizationId",
                    "must stay " + field.organizationId);
        }
        apply(input, field);
        field.touched(access.caller().username());
        fields.flush();
        return field;
    }

    /**
     * Deletes a field no stakeholder or project uses; one in use stays, so no record loses a field. The field's row
     * is locked before the records are counted, and writers share-lock the codes they accept ({@link
     * #requireUsable}): a record being written with the code is committed before the count, which then includes it,
     * and a record written after the lock no longer finds the code.
     */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        CustomFieldOfAction field = writable(fields.findLocked(id), ifMatch);
        long stakeholders = fields.stakeholdersUsing(field.organizationId, field.code);
        long projects = fields.projectsUsing(field.organizationId, field.code);
        if (stakeholders + projects > 0) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "The field of action " + field.code + " is used by " + stakeholders + " stakeholder(s) and "
                            + projects + " starter project(s); remove it from them first.");
        }
        fields.delete(field);
        fields.flush();
    }

    /**
     * Checks the codes a record of the organization is given: each must be built in or one of the organization's
     * own. Unknown ones answer 422 naming each as {@code fieldsOfAction[i]}. The organization's fields that are
     * accepted stay share-locked until the caller's transaction ends, so that none is deleted before the record
     * that uses it is committed.
     */
    public void requireUsable(UUID organizationId, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        List<String> unknown = unknownCodes(organizationId, codes);
        if (unknown.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (unknown.contains(codes.get(i))) {
                errors.add(new FieldError(
                        "fieldsOfAction[" + i + "]",
                        codes.get(i) + " is neither a built-in field of action nor one of the organization's own"));
            }
        }
        throw new ApiException(
                ProblemType.RULE_VIOLATION, "Some fields of action are unknown to the organization.", errors);
    }

    /** The codes the organization cannot use, in one query that share-locks those it can. */
    private List<String> unknownCodes(UUID organizationId, List<String> codes) {
        List<String> candidates = codes.stream()
                .filter(c -> !BuiltInFieldOfAction.isBuiltIn(c))
                .distinct()
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<String> own = new HashSet<>(fields.codesOfLocked(organizationId, candidates));
        return candidates.stream().filter(c -> !own.contains(c)).toList();
    }

    /**
     * The codes of the organization's own fields, for callers that check many records at once; share-locked as in
     * {@link #requireUsable}, so call it in the transaction that writes the records.
     */
    public Set<String> customCodesOf(UUID organizationId) {
        return Set.copyOf(fields.codesOfLocked(organizationId));
    }

    private CustomFieldOfAction writable(CustomFieldOfAction field, String ifMatch) {
        if (field == null) {
            throw ApiException.notFound(WHAT);
        }
        access.writableReferenceData(field.organizationId, WHAT);
        Versions.requireMatch(ifMatch, field.version);
        return field;
    }

    private static ApiException conflict(String detail, String message) {
        return new ApiException(ProblemType.CONFLICT, detail, List.of(new FieldError("code", message)));
    }

    private static void apply(FieldOfActionInput input, CustomFieldOfAction field) {
        field.name = input.name().strip();
        field.description = blankToNull(input.description());
    }
}
