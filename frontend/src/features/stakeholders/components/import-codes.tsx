import { useTranslation } from 'react-i18next';

import { fieldsOfAction, sectors, useVocabulary } from '@/lib/vocabulary/vocabulary';

/** The codes the CSV columns `sector` and `fieldsOfAction` accept, with their meaning. */
export function ImportCodes() {
  const { t } = useTranslation('stakeholders');
  const { sectorLabel, fieldOfActionLabel } = useVocabulary();
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
            {fieldsOfAction.map((code) => (
              <tr key={code}>
                <td>
                  <code>{code}</code>
                </td>
                <td>{fieldOfActionLabel(code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
