import { useTranslation } from 'react-i18next';

import { isFieldOfAction } from './project-options';

/** Known fields of action in the current language; custom codes as they are. */
export function useFieldOfActionLabel() {
  const { t } = useTranslation('projects');
  return (code: string) => (isFieldOfAction(code) ? t(`fieldOfAction.${code}`) : code);
}
