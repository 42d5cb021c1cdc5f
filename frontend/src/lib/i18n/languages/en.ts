import enAnalyses from '@/locales/en/analyses.json';
import enAnchoring from '@/locales/en/anchoring.json';
import enApiClients from '@/locales/en/apiClients.json';
import enCommon from '@/locales/en/common.json';
import enDashboard from '@/locales/en/dashboard.json';
import enFieldsOfAction from '@/locales/en/fieldsOfAction.json';
import enNetworks from '@/locales/en/networks.json';
import enOutline from '@/locales/en/outline.json';
import enPractices from '@/locales/en/practices.json';
import enProjects from '@/locales/en/projects.json';
import enStakeholders from '@/locales/en/stakeholders.json';
import enStrategies from '@/locales/en/strategies.json';
import enWorkshops from '@/locales/en/workshops.json';

/** The English texts, one module per language so that only the active one loads (see i18n.ts). */
export const en = {
  common: enCommon,
  dashboard: enDashboard,
  fieldsOfAction: enFieldsOfAction,
  analyses: enAnalyses,
  outline: enOutline,
  practices: enPractices,
  projects: enProjects,
  strategies: enStrategies,
  stakeholders: enStakeholders,
  workshops: enWorkshops,
  networks: enNetworks,
  anchoring: enAnchoring,
  apiClients: enApiClients,
} as const;
