package city.circular.hub.stakeholder;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.Dirty;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.fieldofaction.FieldOfActionService;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.WriteCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The stakeholder register and its contacts. Contacts are personal data: only those who may change the stakeholder
 * (editors of the owning organization) read or change them, and erasing one deletes it completely.
 */
@ApplicationScoped
public class StakeholderService implements WriteCheck {

    static final String WHAT = "Stakeholder";
    private static final String CONTACT = "Contact";

    private final StakeholderRepository stakeholders;
    private final ContactRepository contacts;
    private final FieldOfActionService fieldsOfAction;
    private final AccessPolicy access;
    private final Event<StakeholderDeletion> deletions;

    public StakeholderService(
            StakeholderRepository stakeholders,
            ContactRepository contacts,
            FieldOfActionService fieldsOfAction,
            AccessPolicy access,
            Event<StakeholderDeletion> deletions) {
        this.stakeholders = stakeholders;
        this.contacts = contacts;
        this.fieldsOfAction = fieldsOfAction;
        this.access = access;
        this.deletions = deletions;
    }

    @Override
    public void checkWritable(UUID id) {
        access.writable(stakeholders.findById(id), WHAT);
    }

    public StakeholderPage list(StakeholderRepository.Filter filter, PageRequest page) {
        Slice<Stakeholder> slice = Slice.of(
                stakeholders.search(access.readScope(), filter, page.plusOne()),
                page.limit(),
                s -> new Cursor(s.name, s.id));
        return new StakeholderPage(slice.map(StakeholderView::of), slice.next());
    }

    public Stakeholder get(UUID id) {
        return access.readable(stakeholders.findById(id), WHAT);
    }

    /** Whether the caller may read this stakeholder; an unknown id is not readable. */
    public boolean isReadable(UUID id) {
        return access.canRead(stakeholders.findById(id));
    }

    /**
     * The register entries with these ids, by id, in one statement and without an access check: other features
     * check them against their own record (same organization) or with {@link AccessPolicy#readableOnly}.
     */
    public Map<UUID, Stakeholder> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return stakeholders.list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, s -> s));
    }

    @Transactional
    public Stakeholder create(StakeholderInput input) {
        UUID owner = access.organizationForNewRecord(input.organizationId());
        fieldsOfAction.requireUsable(owner, input.fieldsOfAction());
        return insert(owner, input);
    }

    /**
     * Adds a stakeholder for an organization the caller was already checked to edit for, with fields of action
     * already checked to be the organization's.
     */
    public Stakeholder insert(UUID owner, StakeholderInput input) {
        stakeholders.requireUniqueExternalId(owner, input.externalId(), null, "stakeholder");
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.created(owner, access.caller().username());
        apply(input, stakeholder);
        stakeholders.persistAndFlush(stakeholder);
        return stakeholder;
    }

    @Transactional
    public Stakeholder update(UUID id, String ifMatch, StakeholderInput input) {
        Stakeholder stakeholder = writable(id, ifMatch);
        stakeholders.requireUniqueExternalId(stakeholder.organizationId, input.externalId(), id, "stakeholder");
        fieldsOfAction.requireUsable(stakeholder.organizationId, input.fieldsOfAction());
        apply(input, stakeholder);
        Dirty.touchIfChanged(
                stakeholders.getEntityManager(), stakeholder, access.caller().username());
        stakeholders.flush();
        return stakeholder;
    }

    /**
     * Deletes the stakeholder. Its row is locked first, so that observers of the deletion (a workshop frees the
     * participant's seat for the waitlist) see every row that refers to it: one being inserted is committed before
     * the lock is granted, and one inserted later fails instead of being removed silently by ON DELETE CASCADE.
     */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Stakeholder stakeholder = access.writable(stakeholders.findLockedForDeletion(id), WHAT);
        Versions.requireMatch(ifMatch, stakeholder.version);
        deletions.fire(new StakeholderDeletion(stakeholder.id));
        stakeholders.delete(stakeholder);
        stakeholders.flush();
    }

    public List<StakeholderContact> listContacts(UUID stakeholderId) {
        return contacts.ofStakeholder(contactsOf(stakeholderId).id);
    }

    public StakeholderContact getContact(UUID stakeholderId, UUID contactId) {
        return contacts.find(contactsOf(stakeholderId).id, contactId).orElseThrow(() -> ApiException.notFound(CONTACT));
    }

    @Transactional
    public StakeholderContact addContact(UUID stakeholderId, ContactInput input) {
        Stakeholder stakeholder = contactsOf(stakeholderId);
        StakeholderContact contact = new StakeholderContact();
        contact.created(access.caller().username());
        contact.stakeholderId = stakeholder.id;
        apply(input, contact);
        contacts.persistAndFlush(contact);
        return contact;
    }

    @Transactional
    public StakeholderContact updateContact(UUID stakeholderId, UUID contactId, String ifMatch, ContactInput input) {
        StakeholderContact contact = getContact(stakeholderId, contactId);
        Versions.requireMatch(ifMatch, contact.version);
        apply(input, contact);
        contact.touched(access.caller().username());
        contacts.flush();
        return contact;
    }

    /** Erases the contact: the row goes, nothing of it is kept. */
    @Transactional
    public void eraseContact(UUID stakeholderId, UUID contactId, String ifMatch) {
        StakeholderContact contact = getContact(stakeholderId, contactId);
        Versions.requireMatch(ifMatch, contact.version);
        contacts.delete(contact);
        contacts.flush();
    }

    private Stakeholder contactsOf(UUID stakeholderId) {
        return access.writable(stakeholders.findById(stakeholderId), WHAT);
    }

    private Stakeholder writable(UUID id, String ifMatch) {
        Stakeholder stakeholder = access.writable(stakeholders.findById(id), WHAT);
        Versions.requireMatch(ifMatch, stakeholder.version);
        return stakeholder;
    }

    private static void apply(StakeholderInput input, Stakeholder s) {
        s.name = input.name().strip();
        s.sector = input.sector();
        s.fieldsOfAction = new ArrayList<>(
                input.fieldsOfAction() == null
                        ? List.of()
                        : input.fieldsOfAction().stream().distinct().toList());
        s.website = blankToNull(input.website());
        s.description = blankToNull(input.description());
        s.visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        s.externalId = blankToNull(input.externalId());
    }

    private static void apply(ContactInput input, StakeholderContact c) {
        c.name = input.name().strip();
        c.role = blankToNull(input.role());
        c.email = blankToNull(input.email());
        c.phone = blankToNull(input.phone());
        c.consentGiven = input.consentGiven();
        c.consentDate = input.consentGiven() ? input.consentDate() : null;
    }
}
