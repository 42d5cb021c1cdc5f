package city.circular.hub.strategy;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.Visibility;

final class StrategyMapper {

    private StrategyMapper() {}

    static StrategyView toView(Strategy s) {
        Adoption adoption = s.decidedOn == null
                ? null
                : new Adoption(s.decisionBody, s.decidedOn, s.decisionReference, s.decisionId);
        return new StrategyView(
                s.id,
                s.organizationId,
                s.title,
                s.summary,
                s.periodFrom,
                s.periodTo,
                s.status,
                adoption,
                s.visibility,
                s.externalId,
                s.version,
                s.createdAt,
                s.createdBy,
                s.updatedAt,
                s.updatedBy);
    }

    /** A full update: every client-owned field takes the input's value, absent ones become empty. */
    static void apply(StrategyInput input, Strategy s) {
        s.title = input.title().strip();
        s.summary = blankToNull(input.summary());
        s.periodFrom = input.periodFrom();
        s.periodTo = input.periodTo();
        s.visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        s.externalId = blankToNull(input.externalId());
    }
}
