import { describe, expect, it } from 'vitest';

import { resources, supportedLanguages } from '@/lib/i18n/resources';

type Tree = Record<string, unknown>;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [nested, text] of flatten(value as Tree, path)) {
        entries.set(nested, text);
      }
    } else {
      entries.set(path, String(value));
    }
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const german = resources.de;

describe('locale files', () => {
  it('haveTheSameNamespacesInEveryLanguage', () => {
    for (const language of supportedLanguages) {
      expect(Object.keys(resources[language]).sort()).toEqual(Object.keys(german).sort());
    }
  });

  describe.each(Object.keys(german) as (keyof typeof german)[])('namespace %s', (namespace) => {
    const germanEntries = flatten(german[namespace]);

    it.each(supportedLanguages)('hasIdenticalKeysIn_%s', (language) => {
      const entries = flatten(resources[language][namespace]);
      expect([...entries.keys()].sort()).toEqual([...germanEntries.keys()].sort());
    });

    it.each(supportedLanguages)('hasNoEmptyTextsIn_%s', (language) => {
      const empty = [...flatten(resources[language][namespace])]
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it.each(supportedLanguages)('usesTheSamePlaceholdersIn_%s', (language) => {
      const entries = flatten(resources[language][namespace]);
      for (const [key, text] of germanEntries) {
        expect({ key, placeholders: placeholders(entries.get(key) ?? '') }).toEqual({
          key,
          placeholders: placeholders(text),
        });
      }
    });
  });
});
