import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';

import type { PracticeFilters } from '../api/query-keys';
import type { FacetValue, PracticeFacets as Facets } from '../api/types';

type FacetName = keyof Facets;

const filterOf: Record<FacetName, keyof PracticeFilters> = {
  fieldOfAction: 'fieldOfAction',
  country: 'country',
  populationBand: 'populationBand',
  maturity: 'maturity',
  network: 'networkId',
};

interface PracticeFacetsProps {
  facets: Facets;
  filters: PracticeFilters;
  /** Sets (or, with undefined, clears) one filter. */
  onChange: (filter: keyof PracticeFilters, value: string | undefined) => void;
}

/**
 * The facets of the current hits: each value with its count, as a toggle button. A chosen value
 * stays shown (with its count under the filter) so that it can be cleared again.
 */
export function PracticeFacets({ facets, filters, onChange }: PracticeFacetsProps) {
  const { t } = useTranslation('practices');
  const fields = useFieldsOfAction();
  const labelOf = (facet: FacetName, value: FacetValue): string => {
    switch (facet) {
      case 'fieldOfAction':
        return fields.label(value.value);
      case 'maturity':
        return t(`maturity.${value.value}`, { defaultValue: value.value });
      case 'populationBand':
        return t(`populationBand.${value.value}`, { defaultValue: value.value });
      case 'country':
        return t(`country.${value.value}`, { defaultValue: value.value });
      case 'network':
        return value.label ?? value.value;
    }
  };
  const order: FacetName[] = ['fieldOfAction', 'country', 'populationBand', 'maturity', 'network'];
  return (
    <div className="practice-facets">
      {order.map((facet) => (
        <FacetGroup
          key={facet}
          title={t(`facets.${facet}`)}
          values={facets[facet]}
          chosen={filters[filterOf[facet]]}
          labelOf={(value) => labelOf(facet, value)}
          onToggle={(value) => {
            onChange(filterOf[facet], value);
          }}
        />
      ))}
    </div>
  );
}

interface FacetGroupProps {
  title: string;
  values: FacetValue[];
  chosen: string | undefined;
  labelOf: (value: FacetValue) => string;
  onToggle: (value: string | undefined) => void;
}

function FacetGroup({ title, values, chosen, labelOf, onToggle }: FacetGroupProps) {
  const { t } = useTranslation('practices');
  const headingId = useId();
  if (values.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby={headingId} className="practice-facets__group">
      <h3 id={headingId}>{title}</h3>
      <ul>
        {values.map((value) => {
          const pressed = chosen === value.value;
          return (
            <li key={value.value}>
              <button
                type="button"
                className="facet-button"
                aria-pressed={pressed}
                onClick={() => {
                  onToggle(pressed ? undefined : value.value);
                }}
              >
                {t('facets.value', { label: labelOf(value), count: value.count })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
