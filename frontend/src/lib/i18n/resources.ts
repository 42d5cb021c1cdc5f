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

export const supportedLanguages = ['de', 'en', 'da'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'de';

export const namespaces = [
  'common',
  'strategies',
  'stakeholders',
  'analyses',
  'outline',
  'projects',
  'dashboard',
  'workshops',
  'practices',
  'fieldsOfAction',
  'networks',
  'anchoring',
  'apiClients',
] as const;
export const defaultNamespace = 'common';

export const resources = {
  de: {
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
  },
  en: {
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
  },
  da: {
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
  },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}
