import daAnalyses from '@/locales/da/analyses.json';
import daAnchoring from '@/locales/da/anchoring.json';
import daApiClients from '@/locales/da/apiClients.json';
import daCommon from '@/locales/da/common.json';
import daDashboard from '@/locales/da/dashboard.json';
import daFieldsOfAction from '@/locales/da/fieldsOfAction.json';
import daNetworks from '@/locales/da/networks.json';
import daOutline from '@/locales/da/outline.json';
import daPractices from '@/locales/da/practices.json';
import daProjects from '@/locales/da/projects.json';
import daStakeholders from '@/locales/da/stakeholders.json';
import daStrategies from '@/locales/da/strategies.json';
import daWorkshops from '@/locales/da/workshops.json';

/** The Danish texts, one module per language so that only the active one loads (see i18n.ts). */
export const da = {
  common: daCommon,
  dashboard: daDashboard,
  fieldsOfAction: daFieldsOfAction,
  analyses: daAnalyses,
  outline: daOutline,
  practices: daPractices,
  projects: daProjects,
  strategies: daStrategies,
  stakeholders: daStakeholders,
  workshops: daWorkshops,
  networks: daNetworks,
  anchoring: daAnchoring,
  apiClients: daApiClients,
} as const;
