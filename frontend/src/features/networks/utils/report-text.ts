import type { TFunction } from 'i18next';

import type { NetworkStatusFigures } from '../api/types';

/**
 * A first paragraph for the report's progress, in the user's language, from the figures the hub
 * counted: the municipality edits it before submitting.
 */
export function progressFromFigures(
  figures: NetworkStatusFigures,
  t: TFunction<'networks'>,
): string {
  const lines: string[] = [];
  for (const change of figures.projectsChangedStatus) {
    lines.push(
      t('report.prefill.project', {
        title: change.title,
        status: t(`projectStatus.${change.status}`),
      }),
    );
  }
  for (const measure of figures.measuresCompleted) {
    lines.push(
      t('report.prefill.measure', { title: measure.title, project: measure.projectTitle }),
    );
  }
  for (const value of figures.indicatorValuesAdded) {
    lines.push(
      t('report.prefill.value', {
        indicator: value.indicatorName,
        value: value.value,
        unit: value.unit ?? '',
      }).trim(),
    );
  }
  for (const workshop of figures.workshopsHeld) {
    lines.push(t('report.prefill.workshop', { title: workshop.title }));
  }
  return lines.map((line) => `- ${line}`).join('\n');
}
