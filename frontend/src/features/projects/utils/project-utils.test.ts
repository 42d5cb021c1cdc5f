import { describe, expect, it } from 'vitest';

import { serverPathMessages } from '@/lib/forms/path-messages';
import { resources, supportedLanguages } from '@/lib/i18n/resources';

import { makeMeasure } from '../testing/fixtures';

import {
  boundsProblem,
  formatDecimalInput,
  moneyBounds,
  parseDecimal,
  quantityBounds,
} from './decimal';
import { toMeasureInput } from './measure-input';
import {
  confidences,
  fieldsOfAction,
  measureStatuses,
  projectStatuses,
  raciRoles,
  sectors,
} from './project-options';
import { sortStatuses } from './status-order';
import { parsePercent } from './status-update-form';

describe('numbers as typed', () => {
  it.each([
    ['de', '120,5', 120.5],
    ['de', '250.000', 250000],
    ['de', '1.234,50', 1234.5],
    ['de', '120.5', 120.5],
    ['de', ' 45 000 € ', 45000],
    ['de', '-3,5', -3.5],
    ['en', '120.5', 120.5],
    ['en', '250,000', 250000],
    ['en', '1,234.50', 1234.5],
    ['en', '120,5', 120.5],
    ['da', '1.234,5', 1234.5],
  ])('reads_%s_%s', (language, typed, expected) => {
    expect(parseDecimal(typed, language)).toBe(expected);
  });

  it.each(['abc', '1,2,3', '12a', '--1', '1.2.3,4,5'])('rejects_%s', (typed) => {
    expect(parseDecimal(typed, 'de')).toBe('invalid');
  });

  it('treatsEmptyAsNoValue', () => {
    expect(parseDecimal('  ', 'de')).toBeUndefined();
  });

  it.each([
    ['999.999.999.999,99', moneyBounds, undefined],
    ['1.000.000.000.000', moneyBounds, 'tooLarge'],
    ['12,345', moneyBounds, 'decimals'],
    ['-99999999999,999', quantityBounds, undefined],
    ['100000000000', quantityBounds, 'tooLarge'],
    ['0,0001', quantityBounds, 'decimals'],
  ] as const)('checksColumnBounds_%s', (typed, bounds, expected) => {
    expect(boundsProblem(typed, 'de', bounds)).toBe(expected);
  });

  it('writesNumbersBackWithTheLanguagesDecimalSeparatorAndNoGrouping', () => {
    expect(formatDecimalInput(120000.5, 'de')).toBe('120000,5');
    expect(formatDecimalInput(120000.5, 'en')).toBe('120000.5');
    expect(formatDecimalInput(undefined, 'de')).toBe('');
  });

  it.each([
    ['40', 40],
    [' 40 % ', 40],
    ['0', 0],
    ['100', 100],
    ['', undefined],
    ['101', 'invalid'],
    ['4.5', 'invalid'],
    ['-1', 'invalid'],
  ])('readsAPercent_%s', (typed, expected) => {
    expect(parsePercent(typed)).toBe(expected);
  });
});

describe('measure request body', () => {
  it('sendsBackEveryFieldOfTheMeasureAndNothingElse', () => {
    const measure = makeMeasure({
      description: 'Kurz',
      involved: 'HWK',
      plannedCompletion: '2026-09-30',
      renewableMwhPerYear: 12,
      energyCarrierFrom: 'Erdgas',
      energyCarrierTo: 'Fernwärme',
      energyReplacedMwhPerYear: 100,
      materialAvoidedT: 1,
      materialRecycledT: 2,
      indicatorContributions: [{ indicatorId: 'indicator-1', value: -12.5 }],
      externalId: 'massn-017',
    });

    expect(toMeasureInput(measure)).toEqual({
      title: measure.title,
      description: 'Kurz',
      responsible: 'Hochbauamt',
      involved: 'HWK',
      plannedCompletion: '2026-09-30',
      status: 'IN_PROGRESS',
      cost: 45000,
      co2eTonnesPerYear: 120.5,
      co2eMethod: 'Ökobaudat, vermiedener Neubeton',
      co2eConfidence: 'MEDIUM',
      renewableMwhPerYear: 12,
      energyCarrierFrom: 'Erdgas',
      energyCarrierTo: 'Fernwärme',
      energyReplacedMwhPerYear: 100,
      materialAvoidedT: 1,
      materialReusedT: 300,
      materialRecycledT: 2,
      steps: measure.steps,
      indicatorContributions: [{ indicatorId: 'indicator-1', value: -12.5 }],
      // A key a sync script set survives ticking a step.
      externalId: 'massn-017',
    });
  });

  it('leavesOutWhatTheApiSentAsNull', () => {
    const raw = { ...makeMeasure(), description: null, cost: null } as unknown as Parameters<
      typeof toMeasureInput
    >[0];

    const input = toMeasureInput(raw);

    expect(input).not.toHaveProperty('description');
    expect(input).not.toHaveProperty('cost');
  });
});

describe('server field errors', () => {
  it('mapsQualifiedAndIndexedPathsToFormPaths', () => {
    expect(
      serverPathMessages(
        [
          { field: 'create.input.parties[2].stakeholderId', message: 'unknown' },
          { field: 'title', message: 'must not be blank' },
          { field: 'somethingElse', message: 'ignored' },
        ],
        ['title', 'parties'],
      ),
    ).toEqual({ 'parties.2.stakeholderId': 'unknown', title: 'must not be blank' });
  });
});

describe('status order', () => {
  it('followsTheLifecycleWhateverOrderTheApiSends', () => {
    expect(sortStatuses(['CANCELLED', 'ON_HOLD', 'SHORTLISTED'])).toEqual([
      'SHORTLISTED',
      'ON_HOLD',
      'CANCELLED',
    ]);
  });
});

describe('project vocabulary', () => {
  it.each(supportedLanguages)('labelsEveryValueOfTheContractIn_%s', (language) => {
    const texts = resources[language].projects;
    const missing = [
      ...projectStatuses.filter((value) => !texts.status[value]),
      ...measureStatuses.filter((value) => !texts.measureStatus[value]),
      ...fieldsOfAction.filter((value) => !texts.fieldOfAction[value]),
      ...raciRoles.filter((value) => !texts.raci[value] || !texts.raciHint[value]),
      ...confidences.filter((value) => !texts.confidence[value]),
      ...sectors.filter((value) => !texts.sector[value]),
    ];
    expect(missing).toEqual([]);
  });
});
