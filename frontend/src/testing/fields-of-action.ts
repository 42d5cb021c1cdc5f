import type { FieldOfAction } from '@/lib/api/types';
import { fieldsOfAction } from '@/lib/vocabulary/vocabulary';

import { eksempelby, musterstadt } from './fixtures';

export function makeCustomField(overrides: Partial<FieldOfAction> = {}): FieldOfAction {
  return {
    code: 'URBAN_MINING',
    builtIn: false,
    id: '7f000000-0000-4000-8000-000000000001',
    organizationId: musterstadt.id,
    name: 'Urban Mining',
    description: 'Rückbau und Wiederverwendung',
    version: 2,
    createdAt: '2026-02-01T10:00:00Z',
    createdBy: 'musterstadt-editor',
    updatedAt: '2026-02-01T10:00:00Z',
    updatedBy: 'musterstadt-editor',
    ...overrides,
  };
}

export const urbanMining = makeCustomField();
export const genbrug = makeCustomField({
  code: 'GENBRUG',
  id: '7f000000-0000-4000-8000-000000000002',
  organizationId: eksempelby.id,
  name: 'Genbrug',
  description: undefined,
});

/** GET /api/v1/fields-of-action as the API answers it: built-ins first, then custom ones. */
export function fieldsOfActionList(custom: FieldOfAction[] = [urbanMining, genbrug]) {
  return {
    items: [...fieldsOfAction.map((code) => ({ code, builtIn: true })), ...custom],
  };
}
