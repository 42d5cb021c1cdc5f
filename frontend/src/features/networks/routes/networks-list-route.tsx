import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useNetworks } from '../api/get-networks';
import { InvitationsSection } from '../components/invitations-section';

export function NetworksListRoute() {
  const { t } = useTranslation('networks');
  useDocumentTitle(t('list.heading'));
  const networks = useNetworks();
  const format = useFormatters();
  const captionId = useId();
  const items = networks.data?.items ?? [];

  return (
    <>
      <div className="page-header">
        <h1>{t('list.heading')}</h1>
      </div>
      <p className="lead">{t('list.intro')}</p>
      <InvitationsSection />
      <section aria-labelledby="my-networks-heading">
        <h2 id="my-networks-heading">{t('list.mine')}</h2>
        {networks.isPending ? <Loading /> : null}
        {networks.isError ? <ProblemAlert error={networks.error} /> : null}
        {networks.isSuccess && items.length === 0 ? <p>{t('list.empty')}</p> : null}
        {items.length > 0 ? (
          <div className="table-scroll">
            <table className="table">
              <caption id={captionId} className="visually-hidden">
                {t('list.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.name')}</th>
                  <th scope="col">{t('columns.kind')}</th>
                  <th scope="col">{t('columns.coordinator')}</th>
                  <th scope="col">{t('columns.period')}</th>
                  <th scope="col">{t('columns.members')}</th>
                  <th scope="col">{t('columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((network) => (
                  <tr key={network.id}>
                    <th scope="row">
                      <Link to={`/networks/${network.id}`}>{network.name}</Link>
                    </th>
                    <td>{t(`kind.${network.kind}`)}</td>
                    <td>{network.coordinator.name}</td>
                    <td>
                      {network.periodFrom && network.periodTo
                        ? t('detail.periodRange', {
                            from: format.formatDate(network.periodFrom),
                            to: format.formatDate(network.periodTo),
                          })
                        : t('detail.none')}
                    </td>
                    <td>{format.formatNumber(network.memberCount)}</td>
                    <td>
                      <Badge tone={network.status === 'ACTIVE' ? 'success' : 'neutral'}>
                        {t(`networkStatus.${network.status}`)}
                      </Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
