package city.circular.hub.stakeholder;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Csv;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Text;
import city.circular.hub.common.Visibility;
import city.circular.hub.fieldofaction.BuiltInFieldOfAction;
import city.circular.hub.fieldofaction.FieldOfActionCodes;
import city.circular.hub.fieldofaction.FieldOfActionService;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports stakeholders from a CSV file, all or nothing: every row is checked first, and one rejected row rejects
 * the file with a report naming each rejected row (the header is row 1) and why.
 */
@ApplicationScoped
public class StakeholderImport {

    static final List<String> COLUMNS =
            List.of("name", "sector", "fieldsOfAction", "website", "description", "visibility", "externalId");
    private static final Set<String> REQUIRED = Set.of("name", "sector");
    private static final int MAX_ROWS = 2000;

    private final StakeholderService stakeholders;
    private final StakeholderRepository repository;
    private final FieldOfActionService fieldsOfAction;
    private final AccessPolicy access;
    private final Validator validator;

    public StakeholderImport(
            StakeholderService stakeholders,
            StakeholderRepository repository,
            FieldOfActionService fieldsOfAction,
            AccessPolicy access,
            Validator validator) {
        this.stakeholders = stakeholders;
        this.repository = repository;
        this.fieldsOfAction = fieldsOfAction;
        this.access = access;
        this.validator = validator;
    }

    /** The file a user fills in: the header and two example rows. */
    public String template() {
        return Csv.line(COLUMNS)
                + Csv.line(List.of(
                        "Handwerkskammer Musterstadt",
                        "CHAMBER",
                        "CONSTRUCTION_BUILDINGS|BUSINESS_DEVELOPMENT",
                        "https://hwk-musterstadt.example",
                        "Chamber of skilled crafts",
                        "PRIVATE",
                        "crm-1001"))
                + Csv.line(List.of("Foodsharing Musterstadt e.V.", "CIVIL_SOCIETY", "FOOD_NUTRITION", "", "", "", ""));
    }

    @Transactional
    public ImportReport importCsv(UUID requestedOrganization, String csv) {
        UUID owner = access.organizationForNewRecord(requestedOrganization);
        List<List<String>> records = Csv.parse(csv == null ? "" : csv);
        if (records.isEmpty()) {
            throw ApiException.invalid("file", "is empty; start from the template");
        }
        Map<String, Integer> columns = header(records.getFirst());
        if (records.size() - 1 > MAX_ROWS) {
            throw ApiException.invalid("file", "has more than " + MAX_ROWS + " rows; split it");
        }
        List<FieldError> errors = new ArrayList<>();
        List<StakeholderInput> inputs = new ArrayList<>();
        Set<String> externalIds = new HashSet<>();
        Set<String> taken = takenExternalIds(owner, records, columns);
        Set<String> ownFields = fieldsOfAction.customCodesOf(owner);
        for (int i = 1; i < records.size(); i++) {
            String row = "rows[" + (i + 1) + "].";
            List<FieldError> rowErrors = new ArrayList<>();
            StakeholderInput input = toInput(records.get(i), columns, ownFields, row, rowErrors);
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                List<String> cells = records.get(i);
                if (column.getValue() < cells.size() && !Text.isStorable(cells.get(column.getValue()))) {
                    rowErrors.add(new FieldError(row + column.getKey(), Text.UNSTORABLE));
                }
            }
            validator.validate(input).stream()
                    .map(v -> new FieldError(row + v.getPropertyPath(), v.getMessage()))
                    .filter(e ->
                            rowErrors.stream().noneMatch(known -> known.field().equals(e.field())))
                    .sorted(Comparator.comparing(FieldError::field))
                    .forEach(rowErrors::add);
            String externalId = input.externalId();
            if (externalId != null && !externalIds.add(externalId)) {
                rowErrors.add(new FieldError(row + "externalId", "appears twice in the file"));
            } else if (externalId != null && taken.contains(externalId)) {
                rowErrors.add(new FieldError(row + "externalId", "is already used by another stakeholder"));
            }
            errors.addAll(rowErrors);
            inputs.add(input);
        }
        if (!errors.isEmpty()) {
            long rejected = errors.stream()
                    .map(e -> e.field().substring(0, e.field().indexOf(']')))
                    .distinct()
                    .count();
            throw new ApiException(
                    ProblemType.RULE_VIOLATION,
                    rejected + " of " + inputs.size() + " rows were rejected; nothing was imported.",
                    errors);
        }
        List<StakeholderView> created = inputs.stream()
                .map(input -> StakeholderView.of(stakeholders.insert(owner, input)))
                .toList();
        return new ImportReport(created.size(), created);
    }

    /** The file's external ids that the register already uses, in one query rather than one per row. */
    private Set<String> takenExternalIds(UUID owner, List<List<String>> records, Map<String, Integer> columns) {
        Integer column = columns.get("externalId");
        if (column == null) {
            return Set.of();
        }
        List<String> ids = records.subList(1, records.size()).stream()
                .filter(r -> column < r.size() && !r.get(column).isBlank())
                .map(r -> r.get(column).strip())
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(repository
                .getEntityManager()
                .createQuery(
                        "select s.externalId from Stakeholder s where s.organizationId = :o and s.externalId in :ids",
                        String.class)
                .setParameter("o", owner)
                .setParameter("ids", ids)
                .getResultList());
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (!COLUMNS.contains(name)) {
                errors.add(new FieldError("header", "unknown column '" + name + "'; columns are " + COLUMNS));
            } else if (columns.put(name, i) != null) {
                errors.add(new FieldError("header", "column '" + name + "' appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new FieldError("header", "column '" + required + "' is missing"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The header row does not match the template.", errors);
        }
        return columns;
    }

    private static StakeholderInput toInput(
            List<String> record,
            Map<String, Integer> columns,
            Set<String> ownFields,
            String row,
            List<FieldError> errors) {
        Map<String, String> value = new HashMap<>();
        columns.forEach((name, index) ->
                value.put(name, index < record.size() ? record.get(index).strip() : ""));
        Sector sector = enumOf(Sector.class, value.get("sector"), row + "sector", errors);
        Visibility visibility = enumOf(Visibility.class, value.get("visibility"), row + "visibility", errors);
        List<String> fields = new ArrayList<>();
        String listed = value.getOrDefault("fieldsOfAction", "");
        for (String listedCode : listed.isBlank() ? new String[0] : listed.split("\\|")) {
            String code = listedCode.strip().toUpperCase(Locale.ROOT);
            if (!FieldOfActionCodes.isWellFormed(code)) {
                errors.add(new FieldError(row + "fieldsOfAction", FieldOfActionCodes.MESSAGE));
            } else if (!BuiltInFieldOfAction.isBuiltIn(code) && !ownFields.contains(code)) {
                errors.add(new FieldError(
                        row + "fieldsOfAction",
                        code + " is neither a built-in field of action nor one of the organization's own"));
            } else {
                fields.add(code);
            }
        }
        return new StakeholderInput(
                null,
                value.get("name"),
                sector,
                fields,
                blankToNull(value.get("website")),
                blankToNull(value.get("description")),
                visibility,
                blankToNull(value.get("externalId")));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
