import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { StakeholderContact, StakeholderContactInput } from '@/lib/api/types';
import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import {
  makeContact,
  makeStakeholder,
  meWith,
  musterstadt,
  organizations,
} from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { StakeholderDetailRoute } from './stakeholder-detail-route';

const stakeholder = makeStakeholder({ version: 2 });
const path = `/api/v1/stakeholders/${stakeholder.id}`;
const anna = makeContact({ version: 3 });

const routes = [
  { path: '/stakeholders/:stakeholderId', element: <StakeholderDetailRoute /> },
  { path: '/stakeholders', element: <p>stakeholder register</p> },
];

function setup(me = meWith(), initialContacts: StakeholderContact[] = [anna]) {
  let contacts = initialContacts;
  const api = stubApi({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/organizations': () => json(organizations),
    [`GET ${path}`]: () => json(stakeholder, { headers: { ETag: '"2"' } }),
    [`DELETE ${path}`]: () => noContent(),
    [`GET ${path}/contacts`]: () => json(contacts),
    [`POST ${path}/contacts`]: ({ body }) => {
      const created = makeContact({
        ...(body as StakeholderContactInput),
        id: 'new-contact',
        version: 0,
      });
      contacts = [...contacts, created];
      return json(created, { status: 201 });
    },
    [`PUT ${path}/contacts/:contactId`]: ({ body, params }) => {
      const updated = makeContact({
        ...(body as StakeholderContactInput),
        id: params.contactId,
        version: 4,
      });
      contacts = contacts.map((contact) => (contact.id === params.contactId ? updated : contact));
      return json(updated);
    },
    [`DELETE ${path}/contacts/:contactId`]: ({ params }) => {
      contacts = contacts.filter((contact) => contact.id !== params.contactId);
      return noContent();
    },
  });
  const rendered = renderRoutes(routes, { initialEntry: `/stakeholders/${stakeholder.id}` });
  return { ...rendered, api };
}

describe('StakeholderDetailRoute', () => {
  it('showsTheStakeholderAndItsContactsToEditors', async () => {
    setup();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Handwerkskammer Musterstadt' }),
    ).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Chamber')).toBeInTheDocument();
    expect(within(details).getByText('Construction and buildings')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: /hwk-musterstadt.example/ })).toHaveAttribute(
      'href',
      'https://hwk-musterstadt.example',
    );

    const contacts = screen.getByRole('region', { name: 'Contacts' });
    expect(
      await within(contacts).findByRole('heading', { name: 'Dr. Anna Beispiel' }),
    ).toBeInTheDocument();
    expect(within(contacts).getByText('Leiterin Umwelt')).toBeInTheDocument();
    expect(within(contacts).getByText('Given on 1 Feb 2026')).toBeInTheDocument();
    expect(
      within(contacts).getByRole('link', { name: 'anna.beispiel@hwk-musterstadt.example' }),
    ).toHaveAttribute('href', 'mailto:anna.beispiel@hwk-musterstadt.example');
  });

  it('neverAsksViewersForContactsOrOffersWriteActions', async () => {
    const { api } = setup(meWith([{ organization: musterstadt, role: 'VIEWER' }]));

    await screen.findByRole('heading', { level: 1 });
    await screen.findByText(musterstadt.name);

    expect(screen.queryByRole('region', { name: 'Contacts' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(api.calls('GET', `${path}/contacts`)).toEqual([]);
  });

  it('requiresTheConsentDateWhenConsentIsGivenAndAddsTheContact', async () => {
    const { user, api } = setup(meWith(), []);

    const contacts = await screen.findByRole('region', { name: 'Contacts' });
    expect(await within(contacts).findByText('No contacts recorded yet.')).toBeInTheDocument();
    await user.click(within(contacts).getByRole('button', { name: 'Add contact' }));

    const form = screen.getByRole('form', { name: 'Add contact' });
    expect(within(form).getByRole('heading', { name: 'Add contact' })).toHaveFocus();
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), 'Jonas Muster');
    await user.type(within(form).getByRole('textbox', { name: 'E-mail' }), 'jonas@example');
    await user.click(
      within(form).getByRole('checkbox', {
        name: 'The person consented to their data being stored',
      }),
    );
    await user.click(within(form).getByRole('button', { name: 'Add contact' }));

    expect(within(form).getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription(
      'Please enter an e-mail address, for example name@example.org.',
    );
    expect(within(form).getByLabelText(/Date of consent/)).toHaveAccessibleDescription(
      'Please enter the date of consent.',
    );
    expect(api.calls('POST', `${path}/contacts`)).toEqual([]);

    await user.clear(within(form).getByRole('textbox', { name: 'E-mail' }));
    await user.type(within(form).getByRole('textbox', { name: 'E-mail' }), 'jonas@example.org');
    await user.type(within(form).getByLabelText(/Date of consent/), '2026-03-01');
    await user.click(within(form).getByRole('button', { name: 'Add contact' }));

    expect(
      await within(contacts).findByRole('heading', { name: 'Jonas Muster' }),
    ).toBeInTheDocument();
    expect(api.calls('POST', `${path}/contacts`)[0]?.body).toEqual({
      name: 'Jonas Muster',
      email: 'jonas@example.org',
      consentGiven: true,
      consentDate: '2026-03-01',
    });
    expect(screen.getByText('Contact Jonas Muster was added.')).toBeInTheDocument();
    await waitFor(() => {
      expect(within(contacts).getByRole('button', { name: 'Add contact' })).toHaveFocus();
    });
  });

  it('showsServerFieldErrorsNextToTheContactFields', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      [`GET ${path}`]: () => json(stakeholder),
      [`GET ${path}/contacts`]: () => json([]),
      [`POST ${path}/contacts`]: () =>
        problem(400, {
          title: 'Invalid request',
          detail: 'The request has 1 invalid field.',
          errors: [
            { field: 'addStakeholderContact.input.phone', message: 'must match "[+0-9 ()/-]*"' },
          ],
        }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/stakeholders/${stakeholder.id}` });

    const contacts = await screen.findByRole('region', { name: 'Contacts' });
    await user.click(await within(contacts).findByRole('button', { name: 'Add contact' }));
    const form = screen.getByRole('form', { name: 'Add contact' });
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), 'Jonas Muster');
    await user.click(within(form).getByRole('button', { name: 'Add contact' }));

    const phone = within(form).getByRole('textbox', { name: 'Phone' });
    expect(await within(form).findByText('must match "[+0-9 ()/-]*"')).toBeInTheDocument();
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription('must match "[+0-9 ()/-]*"');
    expect(phone).toHaveFocus();
  });

  it('savesAnEditedContactWithIfMatch', async () => {
    const { user, api } = setup();

    const contacts = await screen.findByRole('region', { name: 'Contacts' });
    await user.click(
      await within(contacts).findByRole('button', { name: 'Edit Dr. Anna Beispiel' }),
    );
    const form = screen.getByRole('form', { name: 'Edit contact Dr. Anna Beispiel' });
    const role = within(form).getByRole('textbox', { name: 'Role or position' });
    await user.clear(role);
    await user.type(role, 'Geschäftsführerin');
    await user.click(within(form).getByRole('button', { name: 'Save contact' }));

    expect(await within(contacts).findByText('Geschäftsführerin')).toBeInTheDocument();
    const [request] = api.calls('PUT', `${path}/contacts/${anna.id}`);
    expect(request?.headers.get('If-Match')).toBe('"3"');
    expect(request?.body).toEqual({
      name: 'Dr. Anna Beispiel',
      role: 'Geschäftsführerin',
      email: 'anna.beispiel@hwk-musterstadt.example',
      phone: '+49 221 000000',
      consentGiven: true,
      consentDate: '2026-02-01',
    });
    await waitFor(() => {
      expect(
        within(contacts).getByRole('button', { name: 'Edit Dr. Anna Beispiel' }),
      ).toHaveFocus();
    });
  });

  it('reportsAConflictWhenTheContactChangedMeanwhile', async () => {
    let version = 3;
    stubApi({
      'GET /api/v1/me': () => json(meWith()),
      'GET /api/v1/organizations': () => json(organizations),
      [`GET ${path}`]: () => json(stakeholder),
      [`GET ${path}/contacts`]: () =>
        json([version === 3 ? anna : { ...anna, role: 'Von Jens geändert', version }]),
      [`PUT ${path}/contacts/${anna.id}`]: () =>
        problem(412, { title: 'Stale version', detail: 'This record has changed.' }),
    });
    const { user } = renderRoutes(routes, { initialEntry: `/stakeholders/${stakeholder.id}` });

    const contacts = await screen.findByRole('region', { name: 'Contacts' });
    await user.click(
      await within(contacts).findByRole('button', { name: 'Edit Dr. Anna Beispiel' }),
    );
    version = 5;
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    const alert = await within(contacts).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this contact');
    await user.click(within(alert).getByRole('button', { name: 'Load latest version' }));

    expect(await screen.findByDisplayValue('Von Jens geändert')).toBeInTheDocument();
    expect(within(contacts).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('erasesAContactCompletelyAfterConfirmation', async () => {
    const { user, api } = setup();

    const contacts = await screen.findByRole('region', { name: 'Contacts' });
    await user.click(
      await within(contacts).findByRole('button', { name: 'Erase contact Dr. Anna Beispiel' }),
    );

    const confirm = within(contacts).getByRole('group', {
      name: 'Erase contact Dr. Anna Beispiel?',
    });
    expect(confirm).toHaveTextContent(
      'This deletes the personal data of Dr. Anna Beispiel completely: name, role, e-mail, phone and consent. Nothing is kept, and it cannot be undone.',
    );
    expect(api.calls('DELETE', `${path}/contacts/${anna.id}`)).toEqual([]);
    await user.click(
      within(confirm).getByRole('button', { name: 'Erase personal data completely' }),
    );

    expect(await within(contacts).findByText('No contacts recorded yet.')).toBeInTheDocument();
    expect(api.calls('DELETE', `${path}/contacts/${anna.id}`)[0]?.headers.get('If-Match')).toBe(
      '"3"',
    );
    expect(
      screen.getByText('The personal data of Dr. Anna Beispiel was erased completely.'),
    ).toBeInTheDocument();
    expect(within(contacts).getByRole('heading', { name: 'Contacts' })).toHaveFocus();
  });

  it('deletesTheStakeholderWithIfMatchAfterConfirmation', async () => {
    const { user, api } = setup();

    await user.click(await screen.findByRole('button', { name: 'Delete stakeholder' }));
    const confirm = screen.getByRole('group', { name: 'Delete stakeholder?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete permanently' }));

    expect(await screen.findByText('stakeholder register')).toBeInTheDocument();
    expect(api.calls('DELETE', path)[0]?.headers.get('If-Match')).toBe('"2"');
  });
});
