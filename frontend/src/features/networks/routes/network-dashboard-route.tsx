import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { BarChart } from '@/components/ui/bar-chart';
import { ExportButtons } from '@/components/ui/export-buttons';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useApi } from '@/lib/api/api-context';
import { useDocumentTitle } from '@/lib/use-document-title';

import { exportNetworkDashboard, useNetworkDashboard } from '../api/dashboard';
import { ComparisonTable } from '../components/comparison-table';

/** The coordinator's roll-up: the member municipalities side by side, with an export. */
export function NetworkDashboardRoute() {
  const { t } = useTranslation('networks');
  const { networkId = '' } = useParams();
  const api = useApi();
  const dashboard = useNetworkDashboard(networkId);
  useDocumentTitle(t('dashboard.heading'));

  if (dashboard.isPending) {
    return <Loading />;
  }
  if (dashboard.isError) {
    return <ProblemAlert error={dashboard.error} />;
  }
  const { networkName, members } = dashboard.data;
  return (
    <>
      <p>
        <Link to={`/networks/${networkId}`}>{networkName}</Link>
      </p>
      <div className="page-header">
        <h1>{t('dashboard.heading')}</h1>
      </div>
      <p className="lead">{t('dashboard.intro')}</p>
      {members.length === 0 ? (
        <p>{t('dashboard.empty')}</p>
      ) : (
        <>
          <BarChart
            title={t('dashboard.chartHeading')}
            categoryHeader={t('dashboard.columns.municipality')}
            valueHeader={t('dashboard.columns.co2e')}
            bars={members.map((member) => ({
              key: member.organization.id,
              label: member.organization.name,
              value: member.projects.impact.co2eTonnesPerYear,
            }))}
          />
          <ComparisonTable members={members} />
          {members.some((member) => member.basis === 'AGGREGATES_CONSENTED') ? (
            <p>{t('dashboard.basisNote')}</p>
          ) : null}
          <ExportButtons
            label={t('dashboard.export.label')}
            buttonLabel={(format) => t(`dashboard.export.${format}`)}
            download={(format) => exportNetworkDashboard(api, networkId, format)}
          />
        </>
      )}
    </>
  );
}
