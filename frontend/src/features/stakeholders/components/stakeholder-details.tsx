import { useTranslation } from 'react-i18next';

import type { Stakeholder } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';
import { useVocabulary } from '@/lib/vocabulary/vocabulary';

interface StakeholderDetailsProps {
  stakeholder: Stakeholder;
  organizationName: string | undefined;
}

export function StakeholderDetails({ stakeholder, organizationName }: StakeholderDetailsProps) {
  const { t } = useTranslation(['stakeholders', 'common']);
  const { formatDateTime, formatNumber } = useFormatters();
  const { sectorLabel, visibilityLabel } = useVocabulary();
  const { label: fieldOfActionLabel } = useFieldsOfAction();
  const empty = t('common:empty');

  const byAt = (at: string, by: string | undefined) =>
    by ? t('fields.byAt', { at: formatDateTime(at), by }) : formatDateTime(at);

  return (
    <dl className="details">
      <div>
        <dt>{t('fields.organization')}</dt>
        <dd>{organizationName ?? t('detail.unknownOrganization')}</dd>
      </div>
      <div>
        <dt>{t('fields.sector')}</dt>
        <dd>{sectorLabel(stakeholder.sector)}</dd>
      </div>
      <div className="details__wide">
        <dt>{t('fields.fieldsOfAction')}</dt>
        <dd>
          {stakeholder.fieldsOfAction.length > 0 ? (
            <ul className="inline-list">
              {stakeholder.fieldsOfAction.map((code) => (
                <li key={code}>{fieldOfActionLabel(code)}</li>
              ))}
            </ul>
          ) : (
            empty
          )}
        </dd>
      </div>
      <div>
        <dt>{t('fields.website')}</dt>
        <dd>
          {stakeholder.website ? (
            <a href={stakeholder.website} rel="noopener noreferrer" target="_blank">
              {stakeholder.website}
              <span className="visually-hidden"> ({t('detail.opensInNewTab')})</span>
            </a>
          ) : (
            empty
          )}
        </dd>
      </div>
      <div>
        <dt>{t('fields.visibility')}</dt>
        <dd>{visibilityLabel(stakeholder.visibility)}</dd>
      </div>
      <div className="details__wide">
        <dt>{t('fields.description')}</dt>
        <dd className="details__text">{stakeholder.description ?? empty}</dd>
      </div>
      <div>
        <dt>{t('fields.externalId')}</dt>
        <dd>{stakeholder.externalId ?? empty}</dd>
      </div>
      <div>
        <dt>{t('fields.version')}</dt>
        <dd>{formatNumber(stakeholder.version)}</dd>
      </div>
      <div>
        <dt>{t('fields.created')}</dt>
        <dd>{byAt(stakeholder.createdAt, stakeholder.createdBy)}</dd>
      </div>
      <div>
        <dt>{t('fields.updated')}</dt>
        <dd>{byAt(stakeholder.updatedAt, stakeholder.updatedBy)}</dd>
      </div>
    </dl>
  );
}
