import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, problem, stubApi } from '@/testing/fetch-stub';
import { fieldsOfActionList } from '@/testing/fields-of-action';
import { eksempelby, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { useFieldsOfAction } from './fields-of-action';

function Probe({
  organizationId,
  selected = [],
}: {
  organizationId?: string;
  selected?: string[];
}) {
  const fields = useFieldsOfAction();
  return (
    <>
      <ul aria-label="options">
        {fields.options(organizationId, selected).map((option) => (
          <li key={option.value}>{`${option.value}=${option.label}`}</li>
        ))}
      </ul>
      <p data-testid="labels">
        {['FOOD_NUTRITION', 'URBAN_MINING', 'GENBRUG', 'NOT_KNOWN'].map(fields.label).join('|')}
      </p>
    </>
  );
}

function optionTexts() {
  return screen.getAllByRole('listitem').map((item) => item.textContent);
}

describe('useFieldsOfAction', () => {
  it('offersTheBuiltInsAndTheOrganisationsOwnFields', async () => {
    const api = stubApi({ 'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()) });
    renderRoutes([{ path: '/', element: <Probe organizationId={musterstadt.id} /> }]);

    expect(await screen.findByText('URBAN_MINING=Urban Mining')).toBeInTheDocument();
    expect(optionTexts()).toEqual([
      'CONSTRUCTION_BUILDINGS=Construction and buildings',
      'FOOD_NUTRITION=Food and nutrition',
      'PROCUREMENT=Procurement',
      'WASTE_RESOURCES=Waste and resources',
      'BUSINESS_DEVELOPMENT=Business development',
      'STRATEGY=Strategy',
      'URBAN_MINING=Urban Mining',
    ]);
    expect(screen.getByTestId('labels')).toHaveTextContent(
      'Food and nutrition|Urban Mining|Genbrug|NOT_KNOWN',
    );
    expect(api.calls('GET', '/api/v1/fields-of-action')).toHaveLength(1);
  });

  it('keepsOfferingSelectedCodesItDoesNotOfferOtherwise', async () => {
    stubApi({ 'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()) });
    renderRoutes([
      {
        path: '/',
        element: (
          <Probe organizationId={musterstadt.id} selected={['GENBRUG', 'FOOD_NUTRITION', 'GONE']} />
        ),
      },
    ]);

    // Eksempelby's GENBRUG and an unknown code stay choosable (ticked) after the organisation's own.
    expect(await screen.findByText('GENBRUG=Genbrug')).toBeInTheDocument();
    expect(optionTexts().slice(-3)).toEqual([
      'URBAN_MINING=Urban Mining',
      'GENBRUG=Genbrug',
      'GONE=GONE',
    ]);
  });

  it('offersEveryReadableCustomFieldWithoutAnOrganisation', async () => {
    stubApi({ 'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()) });
    renderRoutes([{ path: '/', element: <Probe /> }]);

    expect(await screen.findByText('GENBRUG=Genbrug')).toBeInTheDocument();
    expect(screen.getByText('URBAN_MINING=Urban Mining')).toBeInTheDocument();
  });

  it('keepsTheOtherOrganisationsFieldsOutOfItsChoices', async () => {
    stubApi({ 'GET /api/v1/fields-of-action': () => json(fieldsOfActionList()) });
    renderRoutes([{ path: '/', element: <Probe organizationId={eksempelby.id} /> }]);

    expect(await screen.findByText('GENBRUG=Genbrug')).toBeInTheDocument();
    expect(screen.queryByText('URBAN_MINING=Urban Mining')).not.toBeInTheDocument();
  });

  it('stillOffersTheBuiltInsWhenTheListFails', async () => {
    const api = stubApi({
      'GET /api/v1/fields-of-action': () => problem(500, { title: 'Internal error' }),
    });
    renderRoutes([{ path: '/', element: <Probe organizationId={musterstadt.id} /> }]);

    await vi.waitFor(() => {
      expect(api.calls('GET', '/api/v1/fields-of-action')).toHaveLength(1);
    });
    expect(optionTexts()).toHaveLength(6);
    expect(screen.getByTestId('labels')).toHaveTextContent(
      'Food and nutrition|URBAN_MINING|GENBRUG|NOT_KNOWN',
    );
  });
});
