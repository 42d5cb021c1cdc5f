import { useTranslation } from 'react-i18next';

import type {
  ComponentStatus,
  ComponentType,
  IndicatorDirection,
  IndicatorKind,
  StrategyStatus,
  Visibility,
} from '@/lib/api/types';

import type { EnumKind } from './outline-diff';

/**
 * Labels for the values of an outline's enumerations, with the texts the strategy and outline
 * pages show for them. A value the texts do not know (a snapshot of an older release) stays raw.
 */
export function useEnumLabel(): (kind: EnumKind, value: string) => string {
  const { t } = useTranslation(['strategies', 'outline']);
  return (kind, value) => {
    if (value === '') {
      return value;
    }
    const options = { defaultValue: value };
    switch (kind) {
      case 'strategyStatus':
        return t(`strategies:status.${value as StrategyStatus}`, options);
      case 'visibility':
        return t(`strategies:visibility.${value as Visibility}`, options);
      case 'componentType':
        return t(`outline:type.${value as ComponentType}`, options);
      case 'componentStatus':
        return t(`outline:status.${value as ComponentStatus}`, options);
      case 'indicatorKind':
        return t(`outline:indicatorKind.${value as IndicatorKind}`, options);
      case 'direction':
        return t(`outline:direction.${value as IndicatorDirection}`, options);
    }
  };
}
