import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { usePortfolio } from '../api/advisors';

/** The municipalities the signed-in advisor looks after, each one's state at a glance. */
export function AdvisorPortfolioRoute() {
  const { t } = useTranslation('networks');
  useDocumentTitle(t('portfolio.heading'));
  const portfolio = usePortfolio();
  const format = useFormatters();

  return (
    <>
      <h1>{t('portfolio.heading')}</h1>
      <p className="lead">{t('portfolio.intro')}</p>
      {portfolio.isPending ? <Loading /> : null}
      {portfolio.isError ? <ProblemAlert error={portfolio.error} /> : null}
      {portfolio.isSuccess && portfolio.data.items.length === 0 ? (
        <p>{t('portfolio.empty')}</p>
      ) : null}
      {portfolio.isSuccess && portfolio.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('portfolio.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('advisors.municipality')}</th>
                <th scope="col">{t('portfolio.network')}</th>
                <th scope="col">{t('portfolio.projects')}</th>
                <th scope="col">{t('portfolio.lastCheckIn')}</th>
                <th scope="col">{t('portfolio.nextFollowUp')}</th>
                <th scope="col">{t('portfolio.latestReport')}</th>
              </tr>
            </thead>
            <tbody>
              {portfolio.data.items.map((entry) => (
                <tr key={entry.assignment.id}>
                  <th scope="row">
                    <Link to={`/networks/${entry.network.id}/advisors/${entry.assignment.id}`}>
                      {entry.assignment.municipality.name}
                    </Link>
                  </th>
                  <td>
                    <Link to={`/networks/${entry.network.id}`}>{entry.network.name}</Link>
                  </td>
                  <td>
                    {t('portfolio.projectCount', { count: entry.projectCount })}
                    {entry.projectsByStatus.length > 0 ? (
                      <ul className="plain-list">
                        {entry.projectsByStatus.map((status) => (
                          <li key={status.status}>
                            {t(`projectStatus.${status.status}`)}:{' '}
                            {format.formatNumber(status.count)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                  <td>
                    {entry.lastCheckIn ? format.formatDate(entry.lastCheckIn) : t('portfolio.none')}
                  </td>
                  <td>
                    {entry.nextFollowUp
                      ? format.formatDate(entry.nextFollowUp)
                      : t('portfolio.none')}
                  </td>
                  <td>
                    {entry.latestStatusReport
                      ? format.formatDateTime(entry.latestStatusReport)
                      : t('portfolio.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
