import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { SortState } from '@/components/ui/sort';
import { SortableHeader } from '@/components/ui/sortable-header';
import type { Stakeholder } from '@/lib/api/types';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';
import { useVocabulary } from '@/lib/vocabulary/vocabulary';

import type { StakeholderSortColumn } from '../utils/sort-stakeholders';

interface StakeholdersTableProps {
  stakeholders: readonly Stakeholder[];
  sort: SortState<StakeholderSortColumn>;
  onSort: (column: StakeholderSortColumn) => void;
  organizationName: (id: string) => string | undefined;
  captionId: string;
  ref?: Ref<HTMLDivElement>;
}

export function StakeholdersTable({
  stakeholders,
  sort,
  onSort,
  organizationName,
  captionId,
  ref,
}: StakeholdersTableProps) {
  const { t } = useTranslation(['stakeholders', 'common']);
  const { sectorLabel } = useVocabulary();
  const { label: fieldOfActionLabel } = useFieldsOfAction();

  return (
    <div className="table-scroll" ref={ref}>
      <table className="table" aria-labelledby={captionId}>
        <thead>
          <tr>
            <SortableHeader column="name" label={t('columns.name')} sort={sort} onSort={onSort} />
            <SortableHeader
              column="sector"
              label={t('columns.sector')}
              sort={sort}
              onSort={onSort}
            />
            <SortableHeader
              column="fieldsOfAction"
              label={t('columns.fieldsOfAction')}
              sort={sort}
              onSort={onSort}
            />
            <th scope="col">{t('columns.organization')}</th>
          </tr>
        </thead>
        <tbody>
          {stakeholders.map((stakeholder) => (
            <tr key={stakeholder.id}>
              <th scope="row">
                <Link to={`/stakeholders/${stakeholder.id}`}>{stakeholder.name}</Link>
              </th>
              <td>{sectorLabel(stakeholder.sector)}</td>
              <td>
                {stakeholder.fieldsOfAction.length > 0
                  ? stakeholder.fieldsOfAction.map(fieldOfActionLabel).join(', ')
                  : t('common:empty')}
              </td>
              <td>
                {organizationName(stakeholder.organizationId) ?? t('detail.unknownOrganization')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
