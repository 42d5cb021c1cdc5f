import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportRowError } from '../utils/import-errors';

interface ImportErrorTableProps {
  errors: readonly ImportRowError[];
}

/** The rejected rows of a CSV import, as the server reported them (the header is row 1). */
export function ImportErrorTable({ errors }: ImportErrorTableProps) {
  const { t } = useTranslation(['stakeholders', 'common']);
  const captionId = useId();
  return (
    <div className="table-scroll">
      <table className="table" aria-labelledby={captionId}>
        <caption id={captionId} className="table__caption">
          {t('import.errors.caption', { count: errors.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('import.errors.row')}</th>
            <th scope="col">{t('import.errors.column')}</th>
            <th scope="col">{t('import.errors.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.row ?? 'file'}-${error.field ?? ''}-${index}`}>
              <th scope="row">
                {error.row === undefined
                  ? t('import.errors.wholeFile')
                  : error.row === 1
                    ? t('import.errors.headerRow')
                    : error.row}
              </th>
              <td>{error.field ? <code>{error.field}</code> : t('common:empty')}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
