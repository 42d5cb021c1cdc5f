import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type {
  StakeholderRating,
  StakeholderRatingInput,
  StakeholderRatingList,
} from '@/lib/api/types';
import { json, problem, stubApi } from '@/testing/fetch-stub';
import {
  makeAnalysis,
  makeRating,
  makeStakeholder,
  makeStrategy,
  meWith,
  musterstadt,
} from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { AnalysisDetailRoute } from './analysis-detail-route';

const analysis = makeAnalysis();
const strategy = makeStrategy();
const path = `/api/v1/stakeholder-analyses/${analysis.id}`;
const previousAnalysisId = '9c5a3ebf-0000-4555-8555-000000002024';

const chamber = makeStakeholder({ id: 'st-hwk', name: 'Handwerkskammer Musterstadt' });
const utility = makeStakeholder({ id: 'st-sw', name: 'Stadtwerke Musterstadt', sector: 'UTILITY' });
const foodsharing = makeStakeholder({
  id: 'st-food',
  name: 'Foodsharing e.V.',
  sector: 'CIVIL_SOCIETY',
});
const ihk = makeStakeholder({ id: 'st-ihk', name: 'IHK Musterstadt' });
const university = makeStakeholder({
  id: 'st-uni',
  name: 'Technische Hochschule',
  sector: 'UNIVERSITY_RESEARCH',
});

const summary = (stakeholder: typeof chamber) => ({
  id: stakeholder.id,
  name: stakeholder.name,
  sector: stakeholder.sector,
});

const previous2024 = {
  analysisId: previousAnalysisId,
  analysisTitle: 'Stakeholderanalyse 2024',
  conductedOn: '2024-03-15',
};

const ratings: StakeholderRating[] = [
  makeRating({
    stakeholder: summary(foodsharing),
    power: 1,
    interest: 4,
    quadrant: 'KEEP_INFORMED',
    engagementCurrent: 'UNAWARE',
    engagementDesired: 'NEUTRAL',
    engagementGap: 2,
  }),
  makeRating({
    stakeholder: summary(chamber),
    power: 4,
    interest: 5,
    attitude: 1,
    quadrant: 'MANAGE_CLOSELY',
    engagementCurrent: 'NEUTRAL',
    engagementDesired: 'LEADING',
    engagementGap: 2,
    rationale: 'Schlüsselpartner für zirkuläres Bauen.',
    version: 6,
    previous: {
      ...previous2024,
      power: 2,
      interest: 4,
      attitude: 0,
      engagementCurrent: 'UNAWARE',
      quadrant: 'KEEP_INFORMED',
    },
  }),
  makeRating({
    stakeholder: summary(ihk),
    power: 3,
    interest: 1,
    quadrant: 'KEEP_SATISFIED',
    engagementCurrent: 'SUPPORTIVE',
    engagementDesired: 'SUPPORTIVE',
    engagementGap: 0,
  }),
  makeRating({
    stakeholder: summary(utility),
    power: 5,
    interest: 2,
    quadrant: 'KEEP_SATISFIED',
    engagementCurrent: 'SUPPORTIVE',
    engagementDesired: 'LEADING',
    engagementGap: 1,
    previous: {
      ...previous2024,
      power: 5,
      interest: 2,
      attitude: 1,
      engagementCurrent: 'SUPPORTIVE',
      quadrant: 'KEEP_SATISFIED',
    },
  }),
];

function quadrantOf(power: number, interest: number): StakeholderRating['quadrant'] {
  if (power >= 3) {
    return interest >= 3 ? 'MANAGE_CLOSELY' : 'KEEP_SATISFIED';
  }
  return interest >= 3 ? 'KEEP_INFORMED' : 'MONITOR';
}

interface SetupOptions {
  me?: ReturnType<typeof meWith>;
  list?: StakeholderRatingList;
}

function setup({
  me = meWith(),
  list = { analysisId: analysis.id, previousAnalysisId, items: ratings },
}: SetupOptions = {}) {
  let current = list;
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    [`GET ${path}`]: () => json(analysis, { headers: { ETag: '"4"' } }),
    [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
    [`GET ${path}/ratings`]: () => json(current),
    'GET /api/v1/stakeholders': () =>
      json({ items: [foodsharing, chamber, ihk, utility, university] }),
    [`PUT ${path}/ratings/:stakeholderId`]: ({ body, params }) => {
      const input = body as StakeholderRatingInput;
      const existing = current.items.find((item) => item.stakeholder.id === params.stakeholderId);
      const stakeholder = [foodsharing, chamber, ihk, utility, university].find(
        (candidate) => candidate.id === params.stakeholderId,
      )!;
      const saved = makeRating({
        ...existing,
        ...input,
        stakeholder: summary(stakeholder),
        quadrant: quadrantOf(input.power, input.interest),
        engagementGap: 0,
        version: (existing?.version ?? 0) + 1,
      });
      current = {
        ...current,
        items: [...current.items.filter((item) => item !== existing), saved].sort((a, b) =>
          a.stakeholder.name.localeCompare(b.stakeholder.name),
        ),
      };
      return json(saved, { status: existing ? 200 : 201 });
    },
  });
  const rendered = renderRoutes(
    [{ path: '/stakeholder-analyses/:analysisId', element: <AnalysisDetailRoute /> }],
    { initialEntry: `/stakeholder-analyses/${analysis.id}` },
  );
  return { ...rendered, api };
}

async function grid() {
  return screen.findByRole('group', { name: 'Power/interest grid of 4 rated stakeholders' });
}

describe('AnalysisDetailRoute', () => {
  it('namesEveryGridPointWithPowerInterestAndQuadrant', async () => {
    setup();

    const chart = await grid();
    const points = within(chart).getAllByRole('button');
    // Reading order of the chart: most power first, then least interest.
    expect(points.map((point) => point.getAttribute('aria-label'))).toEqual([
      'Stadtwerke Musterstadt: power 5, interest 2, keep satisfied',
      'Handwerkskammer Musterstadt: power 4, interest 5, manage closely; previously power 2, interest 4, keep informed',
      'IHK Musterstadt: power 3, interest 1, keep satisfied',
      'Foodsharing e.V.: power 1, interest 4, keep informed',
    ]);
    // One tab stop for the whole chart.
    expect(points.map((point) => point.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    expect(
      screen.getByText('Position in “Stakeholderanalyse 2024”, arrow to the current one'),
    ).toBeInTheDocument();
  });

  it('repeatsTheGridDataInATable', async () => {
    setup();

    const table = await screen.findByRole('table', { name: 'The grid as a table' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'No.',
      'Stakeholder',
      'Sector',
      'Power',
      'Interest',
      'Quadrant',
      'Previous quadrant',
      'Change',
    ]);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      [
        '1',
        'Foodsharing e.V.',
        'Civil society',
        '1',
        '4',
        'Keep informed',
        '–',
        'New in this analysis',
      ],
      [
        '2',
        'Handwerkskammer Musterstadt',
        'Chamber',
        '4',
        '5',
        'Manage closely',
        'Keep informed (changed)',
        'Power +2, interest +1',
      ],
      ['3', 'IHK Musterstadt', 'Chamber', '3', '1', 'Keep satisfied', '–', 'New in this analysis'],
      [
        '4',
        'Stadtwerke Musterstadt',
        'Utility',
        '5',
        '2',
        'Keep satisfied',
        'Keep satisfied',
        'Unchanged',
      ],
    ]);
  });

  it('movesBetweenPointsWithArrowKeysAndShowsTheChosenOne', async () => {
    const { user } = setup();

    const chart = await grid();
    within(chart).getAllByRole('button')[0]!.focus();
    await user.keyboard('{ArrowRight}');

    const chamberPoint = within(chart).getByRole('button', { name: /^Handwerkskammer/ });
    expect(chamberPoint).toHaveFocus();
    expect(chamberPoint).toHaveAttribute('tabindex', '0');
    await user.keyboard('{End}');
    expect(within(chart).getByRole('button', { name: /^Foodsharing/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(chart).getByRole('button', { name: /^Stadtwerke/ })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{Enter}');

    const foodPoint = within(chart).getByRole('button', { name: /^Foodsharing/ });
    expect(foodPoint).toHaveAttribute('aria-pressed', 'true');
    const selected = screen.getByRole('region', { name: 'Foodsharing e.V.' });
    expect(selected).toHaveTextContent('Unaware → to Neutral');
  });

  it('listsEngagementGapsByGapThenPower', async () => {
    setup();

    const section = await screen.findByRole('region', { name: 'Engagement gaps' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Handwerkskammer Musterstadt Neutral → to Leading gap of 2 levels · power 4 · Manage closely',
      'Foodsharing e.V. Unaware → to Neutral gap of 2 levels · power 1 · Keep informed',
      'Stadtwerke Musterstadt Supportive → to Leading gap of 1 level · power 5 · Keep satisfied',
    ]);
  });

  it('comparesWithThePreviousAnalysis', async () => {
    setup();

    const section = await screen.findByRole('region', {
      name: 'Comparison with the previous analysis',
    });
    expect(within(section).getByRole('link', { name: 'Stakeholderanalyse 2024' })).toHaveAttribute(
      'href',
      `/stakeholder-analyses/${previousAnalysisId}`,
    );
    expect(section).toHaveTextContent('(15 Mar 2024)');
    const changed = within(section).getAllByRole('list')[0]!;
    expect(changed).toHaveTextContent(
      'Handwerkskammer Musterstadt: Keep informed → to Manage closely',
    );
    expect(within(changed).getAllByRole('listitem')).toHaveLength(1);
    const table = within(section).getByRole('table');
    const chamberRow = within(table).getByRole('row', { name: /Handwerkskammer/ });
    expect([...chamberRow.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '2 → to 4 (+2)',
      '4 → to 5 (+1)',
      '0 → to 1 (+1)',
    ]);
    expect(within(section).getByText('Rated for the first time')).toBeInTheDocument();
  });

  it('saysWhenThereIsNoPreviousAnalysis', async () => {
    setup({
      list: { analysisId: analysis.id, items: ratings.map((r) => ({ ...r, previous: undefined })) },
    });

    const section = await screen.findByRole('region', {
      name: 'Comparison with the previous analysis',
    });
    expect(section).toHaveTextContent(
      "This is the strategy's first analysis; there is nothing to compare with yet.",
    );
  });

  it('replacesARatingWithIfMatchAndMovesThePoint', async () => {
    const { user, api } = setup();

    const chart = await grid();
    await user.click(within(chart).getByRole('button', { name: /^Handwerkskammer/ }));
    await user.click(
      screen.getByRole('button', { name: 'Edit rating Handwerkskammer Musterstadt' }),
    );

    const form = screen.getByRole('form', {
      name: 'Change the rating of Handwerkskammer Musterstadt',
    });
    await waitFor(() => {
      expect(within(form).getByRole('heading')).toHaveFocus();
    });
    const power = within(form).getByRole('radiogroup', { name: /Power/ });
    expect(within(power).getByRole('radio', { name: '4' })).toBeChecked();
    await user.click(within(power).getByRole('radio', { name: '2' }));
    await user.click(within(form).getByRole('button', { name: 'Save rating' }));

    expect(
      await within(chart).findByRole('button', {
        name: 'Handwerkskammer Musterstadt: power 2, interest 5, keep informed; previously power 2, interest 4, keep informed',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    const [request] = api.calls('PUT', `${path}/ratings/${chamber.id}`);
    expect(request?.headers.get('If-Match')).toBe('"6"');
    expect(request?.body).toEqual({
      power: 2,
      interest: 5,
      attitude: 1,
      engagementCurrent: 'NEUTRAL',
      engagementDesired: 'LEADING',
      rationale: 'Schlüsselpartner für zirkuläres Bauen.',
    });
    expect(
      screen.getByText(
        'Saved. Handwerkskammer Musterstadt: power 2, interest 5, keep informed; previously power 2, interest 4, keep informed',
      ),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: /Stakeholder/ })).toHaveFocus();
    });
  });

  it('createsANewRatingWithoutIfMatchOnceEveryScaleIsChosen', async () => {
    const { user, api } = setup();

    const select = await screen.findByRole('combobox', { name: /Stakeholder/ });
    expect(
      within(select).getByRole('option', { name: 'Handwerkskammer Musterstadt (rated)' }),
    ).toBeInTheDocument();
    await user.selectOptions(select, university.id);
    const form = screen.getByRole('form', { name: 'Rate Technische Hochschule' });
    await user.click(within(form).getByRole('button', { name: 'Save rating' }));

    const power = within(form).getByRole('radiogroup', { name: /Power/ });
    expect(power).toHaveAttribute('aria-invalid', 'true');
    expect(power).toHaveAccessibleDescription('1 very low … 5 very high Please choose an option.');
    await waitFor(() => {
      expect(within(power).getByRole('radio', { name: '1' })).toHaveFocus();
    });
    expect(api.calls('PUT', `${path}/ratings/${university.id}`)).toEqual([]);

    // Arrow keys choose within a radio group.
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(power).getByRole('radio', { name: '3' })).toBeChecked();
    await user.click(
      within(within(form).getByRole('radiogroup', { name: /Interest/ })).getByRole('radio', {
        name: '5',
      }),
    );
    await user.selectOptions(
      within(form).getByRole('combobox', { name: /Current engagement/ }),
      'NEUTRAL',
    );
    await user.selectOptions(
      within(form).getByRole('combobox', { name: /Desired engagement/ }),
      'SUPPORTIVE',
    );
    await user.click(within(form).getByRole('button', { name: 'Save rating' }));

    expect(
      await screen.findByRole('button', {
        name: 'Technische Hochschule: power 3, interest 5, manage closely',
      }),
    ).toBeInTheDocument();
    const [request] = api.calls('PUT', `${path}/ratings/${university.id}`);
    expect(request?.headers.has('If-Match')).toBe(false);
    expect(request?.body).toEqual({
      power: 3,
      interest: 5,
      attitude: 0,
      engagementCurrent: 'NEUTRAL',
      engagementDesired: 'SUPPORTIVE',
    });
  });

  it('reportsAConflictWhenTheRatingChangedMeanwhile', async () => {
    let version = 6;
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      [`GET ${path}`]: () => json(analysis),
      [`GET /api/v1/strategies/${strategy.id}`]: () => json(strategy),
      [`GET ${path}/ratings`]: () =>
        json({
          analysisId: analysis.id,
          items: ratings.map((rating) =>
            rating.stakeholder.id === chamber.id
              ? { ...rating, version, interest: version === 6 ? 5 : 3 }
              : rating,
          ),
        }),
      'GET /api/v1/stakeholders': () => json({ items: [chamber] }),
      [`PUT ${path}/ratings/${chamber.id}`]: () =>
        problem(412, { title: 'Stale version', detail: 'This record has changed.' }),
    });
    const { user } = renderRoutes(
      [{ path: '/stakeholder-analyses/:analysisId', element: <AnalysisDetailRoute /> }],
      { initialEntry: `/stakeholder-analyses/${analysis.id}` },
    );

    await user.selectOptions(
      await screen.findByRole('combobox', { name: /Stakeholder/ }),
      chamber.id,
    );
    version = 7;
    await user.click(screen.getByRole('button', { name: 'Save rating' }));

    const panel = screen.getByRole('region', { name: 'Rate stakeholders' });
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this rating');
    await user.click(within(alert).getByRole('button', { name: 'Load latest version' }));

    const interest = await within(panel).findByRole('radiogroup', { name: /Interest/ });
    await waitFor(() => {
      expect(within(interest).getByRole('radio', { name: '3' })).toBeChecked();
    });
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('showsViewersTheAnalysisWithoutWriteActions', async () => {
    const { api, user } = setup({ me: meWith([{ organization: musterstadt, role: 'VIEWER' }]) });

    const chart = await grid();
    await screen.findByRole('region', { name: 'Engagement gaps' });
    expect(screen.queryByRole('region', { name: 'Rate stakeholders' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/stakeholders')).toEqual([]);

    // Viewers select points too; only the "Edit rating" button is missing.
    await user.click(within(chart).getByRole('button', { name: /^Stadtwerke/ }));
    expect(screen.getByRole('region', { name: 'Stadtwerke Musterstadt' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit rating/ })).not.toBeInTheDocument();
  });
});
