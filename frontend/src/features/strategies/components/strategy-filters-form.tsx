import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { Organization } from '@/lib/api/types';

import type { StrategyFilters } from '../api/query-keys';
import { isStrategyStatus, strategyStatuses } from '../utils/strategy-options';

interface StrategyFiltersFormProps {
  filters: StrategyFilters;
  organizations: readonly Organization[];
  onApply: (filters: StrategyFilters) => void;
}

/** Filters apply on submit, so that typing a search term does not fire a request per key. */
export function StrategyFiltersForm({ filters, organizations, onApply }: StrategyFiltersFormProps) {
  const { t } = useTranslation('strategies');
  const [status, setStatus] = useState<string>(filters.status ?? '');
  const [organizationId, setOrganizationId] = useState(filters.organizationId ?? '');
  const [q, setQ] = useState(filters.q ?? '');

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      status: isStrategyStatus(status) ? status : undefined,
      organizationId: organizationId || undefined,
      q: q.trim() || undefined,
    });
  };

  return (
    <form
      className="filters"
      role="search"
      aria-labelledby="strategy-filters-heading"
      onSubmit={handleSubmit}
    >
      <h2 id="strategy-filters-heading" className="filters__heading">
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
          label={t('filters.status')}
          name="status"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value);
          }}
          options={[
            { value: '', label: t('filters.any') },
            ...strategyStatuses.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
        />
        <SelectField
          label={t('filters.organization')}
          name="organizationId"
          value={organizationId}
          onChange={(event) => {
            setOrganizationId(event.target.value);
          }}
          options={[
            { value: '', label: t('filters.any') },
            ...organizations.map((organization) => ({
              value: organization.id,
              label: organization.name,
            })),
          ]}
        />
      </div>
      <div className="button-row">
        <Button type="submit" variant="primary">
          {t('filters.apply')}
        </Button>
        <Button
          onClick={() => {
            setStatus('');
            setOrganizationId('');
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
