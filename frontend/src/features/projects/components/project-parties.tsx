import { useTranslation } from 'react-i18next';

import type { ProjectParty } from '../api/types';
import { raciRoles } from '../utils/project-options';

/** The parties grouped by their RACI role, each role with its own heading. */
export function ProjectParties({ parties }: { parties: readonly ProjectParty[] }) {
  const { t } = useTranslation('projects');

  if (parties.length === 0) {
    return <p>{t('parties.none')}</p>;
  }
  return (
    <div className="raci">
      {raciRoles.map((role) => {
        const members = parties.filter((party) => party.role === role);
        return (
          <div key={role} className="raci__role">
            <h3 className="raci__heading">
              {t(`raci.${role}`)} <span className="raci__letter">({role.charAt(0)})</span>
            </h3>
            <p className="raci__hint">{t(`raciHint.${role}`)}</p>
            {members.length > 0 ? (
              <ul className="raci__members">
                {members.map((party) => (
                  <li key={`${party.stakeholderId}-${role}`}>
                    {party.name}{' '}
                    <span className="raci__sector">({t(`sector.${party.sector}`)})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="raci__empty">{t('parties.noneInRole')}</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
