import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe, writableOrganizations } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useCouncilDecisions } from '../api/anchoring';
import { DecisionForm } from '../components/decision-form';
import { FollowGroupSection } from '../components/follow-group-section';

/** Political anchoring: the council's decisions on the circular economy and the follow group. */
export function AnchoringRoute() {
  const { t } = useTranslation('anchoring');
  const { t: tc } = useTranslation();
  useDocumentTitle(t('heading'));
  const me = useMe();
  const decisions = useCouncilDecisions();
  const format = useFormatters();
  const writable = writableOrganizations(me.data);

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('decisions.heading')}</h2>
        {decisions.isPending ? <Loading /> : null}
        {decisions.isError ? <ProblemAlert error={decisions.error} /> : null}
        {decisions.isSuccess && decisions.data.items.length === 0 ? (
          <p>{t('decisions.empty')}</p>
        ) : null}
        {decisions.isSuccess && decisions.data.items.length > 0 ? (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t('decisions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('decisions.decidedOn')}</th>
                  <th scope="col">{t('decisions.body')}</th>
                  <th scope="col">{t('decisions.reference')}</th>
                  <th scope="col">{t('decisions.subject')}</th>
                  <th scope="col">{t('visibility')}</th>
                </tr>
              </thead>
              <tbody>
                {decisions.data.items.map((decision) => (
                  <tr key={decision.id}>
                    <td>{format.formatDate(decision.decidedOn)}</td>
                    <td>{decision.body}</td>
                    <th scope="row">
                      {decision.link ? (
                        <a href={decision.link} rel="noreferrer" target="_blank">
                          {decision.reference}
                        </a>
                      ) : (
                        decision.reference
                      )}
                    </th>
                    <td>{decision.subject}</td>
                    <td>{tc(`visibility.${decision.visibility}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {writable.length > 0 ? <DecisionForm organizations={writable} /> : null}
      </section>
      <FollowGroupSection me={me.data} organizations={writable} />
    </>
  );
}
