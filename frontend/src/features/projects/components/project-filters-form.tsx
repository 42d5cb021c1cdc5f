import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';

import type { ProjectFilters } from '../api/query-keys';
import type { Stakeholder } from '../api/types';
import { isFieldOfActionCode, isProjectStatus, projectStatuses } from '../utils/project-options';

interface ProjectFiltersFormProps {
  filters: ProjectFilters;
  /** Stakeholders that can be responsible: the registers of the user's organisations. */
  stakeholders: readonly Stakeholder[];
  onApply: (filters: ProjectFilters) => void;
}

/** Filters apply on submit, so that typing a search term does not fire a request per key. */
export function ProjectFiltersForm({ filters, stakeholders, onApply }: ProjectFiltersFormProps) {
  const { t } = useTranslation('projects');
  const fieldOfActionOptions = useFieldsOfAction().options();
  const [fieldOfAction, setFieldOfAction] = useState<string>(filters.fieldOfAction ?? '');
  const [status, setStatus] = useState<string>(filters.status ?? '');
  const [responsible, setResponsible] = useState(filters.responsibleStakeholderId ?? '');
  const [q, setQ] = useState(filters.q ?? '');

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      fieldOfAction: isFieldOfActionCode(fieldOfAction) ? fieldOfAction : undefined,
      status: isProjectStatus(status) ? status : undefined,
      responsibleStakeholderId: responsible || undefined,
      q: q.trim() || undefined,
    });
  };

  // A stakeholder chosen before (say, from a shared link) stays selectable while the register loads.
  const stakeholderOptions = stakeholders.map((stakeholder) => ({
    value: stakeholder.id,
    label: stakeholder.name,
  }));
  if (responsible && !stakeholders.some((stakeholder) => stakeholder.id === responsible)) {
    stakeholderOptions.push({ value: responsible, label: t('filters.selectedStakeholder') });
  }

  return (
    <form
      className="filters"
      role="search"
      aria-labelledby="project-filters-heading"
      onSubmit={handleSubmit}
    >
      <h2 id="project-filters-heading" className="filters__heading">
        {t('filters.heading')}
      </h2>
      <div className="filters__fields">
        <TextField
          label={t('filters.query')}
          name="q"
          type="search"
          hint={t('filters.queryHint')}
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
          }}
        />
        <SelectField
          label={t('filters.fieldOfAction')}
          name="fieldOfAction"
          value={fieldOfAction}
          onChange={(event) => {
            setFieldOfAction(event.target.value);
          }}
          options={[{ value: '', label: t('filters.any') }, ...fieldOfActionOptions]}
        />
        <SelectField
          label={t('filters.status')}
          name="status"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value);
          }}
          options={[
            { value: '', label: t('filters.any') },
            ...projectStatuses.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
        />
        <SelectField
          label={t('filters.responsible')}
          name="responsibleStakeholderId"
          value={responsible}
          onChange={(event) => {
            setResponsible(event.target.value);
          }}
          options={[{ value: '', label: t('filters.any') }, ...stakeholderOptions]}
        />
      </div>
      <div className="button-row">
        <Button type="submit" variant="primary">
          {t('filters.apply')}
        </Button>
        <Button
          onClick={() => {
            setFieldOfAction('');
            setStatus('');
            setResponsible('');
            setQ('');
            onApply({});
          }}
        >
          {t('filters.reset')}
        </Button>
      </div>
    </form>
  );
}
