import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';
import { isFieldOfActionCode, isSector, sectors, useVocabulary } from '@/lib/vocabulary/vocabulary';

import type { StakeholderFilters } from '../api/query-keys';

interface StakeholderFiltersFormProps {
  filters: StakeholderFilters;
  onApply: (filters: StakeholderFilters) => void;
}

/** Filters apply on submit, so that typing a search term does not fire a request per key. */
export function StakeholderFiltersForm({ filters, onApply }: StakeholderFiltersFormProps) {
  const { t } = useTranslation('stakeholders');
  const { sectorLabel } = useVocabulary();
  const fieldOfActionOptions = useFieldsOfAction().options();
  const [sector, setSector] = useState<string>(filters.sector ?? '');
  const [fieldOfAction, setFieldOfAction] = useState<string>(filters.fieldOfAction ?? '');
  const [q, setQ] = useState(filters.q ?? '');

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      sector: isSector(sector) ? sector : undefined,
      fieldOfAction: isFieldOfActionCode(fieldOfAction) ? fieldOfAction : undefined,
      q: q.trim() || undefined,
    });
  };

  return (
    <form
      className="filters"
      role="search"
      aria-labelledby="stakeholder-filters-heading"
      onSubmit={handleSubmit}
    >
      <h2 id="stakeholder-filters-heading" className="filters__heading">
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
          label={t('filters.sector')}
          name="sector"
          value={sector}
          onChange={(event) => {
            setSector(event.target.value);
          }}
          options={[
            { value: '', label: t('filters.any') },
            ...sectors.map((value) => ({ value, label: sectorLabel(value) })),
          ]}
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
      </div>
      <div className="button-row">
        <Button type="submit" variant="primary">
          {t('filters.apply')}
        </Button>
        <Button
          onClick={() => {
            setSector('');
            setFieldOfAction('');
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
