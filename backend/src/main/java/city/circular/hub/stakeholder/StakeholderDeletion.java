package city.circular.hub.stakeholder;

import java.util.UUID;

/**
 * Fired, synchronously and inside the deleting transaction, just before a stakeholder is deleted: features that hang
 * records off stakeholders settle them here (the database's cascade alone would skip their rules), and an exception
 * from an observer rolls the deletion back.
 */
public record StakeholderDeletion(UUID stakeholderId) {}
