import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { intlLocale, useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useNetwork } from '../api/get-network';
import { AdvisorsSection } from '../components/advisors-section';
import { AggregateConsentSection } from '../components/aggregate-consent-section';
import { EventsSection } from '../components/events-section';
import { MembersSection } from '../components/members-section';

export function NetworkDetailRoute() {
  const { t } = useTranslation('networks');
  const { networkId = '' } = useParams();
  const network = useNetwork(networkId);
  const format = useFormatters();
  useDocumentTitle(network.data?.name ?? t('detail.heading'));

  if (network.isPending) {
    return <Loading />;
  }
  if (network.isError) {
    return <ProblemAlert error={network.error} />;
  }
  const n = network.data;
  return (
    <>
      <div className="page-header">
        <h1>{n.name}</h1>
        <Link to={`/networks/${n.id}/dashboard`}>{t('dashboard.link')}</Link>
      </div>
      {n.description ? <p className="lead">{n.description}</p> : null}
      <dl className="details">
        <dt>{t('detail.kind')}</dt>
        <dd>{t(`kind.${n.kind}`)}</dd>
        <dt>{t('detail.coordinator')}</dt>
        <dd>{n.coordinator.name}</dd>
        <dt>{t('detail.status')}</dt>
        <dd>{t(`networkStatus.${n.status}`)}</dd>
        <dt>{t('detail.period')}</dt>
        <dd>
          {n.periodFrom && n.periodTo
            ? t('detail.periodRange', {
                from: format.formatDate(n.periodFrom),
                to: format.formatDate(n.periodTo),
              })
            : t('detail.none')}
        </dd>
        <dt>{t('detail.funding')}</dt>
        <dd>{[n.funder, n.fundingLine].filter(Boolean).join(' – ') || t('detail.none')}</dd>
        <dt>{t('detail.budget')}</dt>
        <dd>
          {n.budget !== undefined && n.currency
            ? new Intl.NumberFormat(intlLocale(format.language), {
                style: 'currency',
                currency: n.currency,
                maximumFractionDigits: 0,
              }).format(n.budget)
            : t('detail.none')}
        </dd>
        <dt>{t('detail.members')}</dt>
        <dd>{format.formatNumber(n.memberCount)}</dd>
      </dl>
      {n.links.length > 0 ? (
        <ul className="inline-list" aria-label={t('detail.links')}>
          {n.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="noreferrer" target="_blank">
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <MembersSection network={n} />
      <AggregateConsentSection network={n} />
      <EventsSection network={n} />
      <AdvisorsSection network={n} />
    </>
  );
}
