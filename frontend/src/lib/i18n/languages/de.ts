import deAnalyses from '@/locales/de/analyses.json';
import deAnchoring from '@/locales/de/anchoring.json';
import deApiClients from '@/locales/de/apiClients.json';
import deCommon from '@/locales/de/common.json';
import deDashboard from '@/locales/de/dashboard.json';
import deFieldsOfAction from '@/locales/de/fieldsOfAction.json';
import deNetworks from '@/locales/de/networks.json';
import deOutline from '@/locales/de/outline.json';
import dePractices from '@/locales/de/practices.json';
import deProjects from '@/locales/de/projects.json';
import deStakeholders from '@/locales/de/stakeholders.json';
import deStrategies from '@/locales/de/strategies.json';
import deWorkshops from '@/locales/de/workshops.json';

/** The German texts, one module per language so that only the active one loads (see i18n.ts). */
export const de = {
  common: deCommon,
  dashboard: deDashboard,
  fieldsOfAction: deFieldsOfAction,
  analyses: deAnalyses,
  outline: deOutline,
  practices: dePractices,
  projects: deProjects,
  strategies: deStrategies,
  stakeholders: deStakeholders,
  workshops: deWorkshops,
  networks: deNetworks,
  anchoring: deAnchoring,
  apiClients: deApiClients,
} as const;
