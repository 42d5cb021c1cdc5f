import { useTranslation } from 'react-i18next';

import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';
import { sectors, useVocabulary } from '@/lib/vocabulary/vocabulary';

/** The codes the CSV columns `sector` and `fieldsOfAction` accept, with their meaning. */
export function ImportCodes() {
  const { t } = useTranslation('stakeholders');
  const { sectorLabel } = useVocabulary();
  const fieldsOfAction = useFieldsOfAction().options();
  return (
    <details className="disclosure">
      <summary>{t('import.codes.summary')}</summary>
      <div className="import-codes">
        <table className="table table--compact">
          <caption className="table__caption">{t('import.codes.sector')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.codes.code')}</th>
              <th scope="col">{t('import.codes.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {sectors.map((sector) => (
              <tr key={sector}>
                <td>
                  <code>{sector}</code>
                </td>
                <td>{sectorLabel(sector)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table table--compact">
          <caption className="table__caption">{t('import.codes.fieldsOfAction')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.codes.code')}</th>
              <th scope="col">{t('import.codes.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {fieldsOfAction.map(({ value, label }) => (
              <tr key={value}>
                <td>
                  <code>{value}</code>
                </td>
                <td>{label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
