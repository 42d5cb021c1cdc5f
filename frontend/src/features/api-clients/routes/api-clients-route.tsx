import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { SelectField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import type { MachineClient } from '@/lib/api/types';
import { useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useApiClients, useCreateApiClient, useRevokeApiClient } from '../api/api-clients';
import { ApiClientForm } from '../components/api-client-form';
import { NewSecret } from '../components/new-secret';
import { administeredOrganizations } from '../utils/administered';

/** An organisation's admins create machine clients for their sync scripts and revoke them. */
export function ApiClientsRoute() {
  const { t } = useTranslation('apiClients');
  useDocumentTitle(t('heading'));
  const me = useMe();
  const [chosen, setChosen] = useState('');
  const organizations = administeredOrganizations(me.data);
  const organizationId = chosen || (organizations[0]?.id ?? '');
  const clients = useApiClients(organizationId);
  const create = useCreateApiClient();
  const revoke = useRevokeApiClient();
  const [created, setCreated] = useState<MachineClient | null>(null);
  const [notice, setNotice] = useState('');
  const [formKey, setFormKey] = useState(0);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const { formatDateTime } = useFormatters();

  if (me.isPending) {
    return <Loading />;
  }
  if (me.isError) {
    return <ProblemAlert error={me.error} />;
  }

  const organizationName = organizations.find((o) => o.id === organizationId)?.name ?? '';

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <div aria-live="polite">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>
      {organizations.length === 0 ? (
        <Alert tone="info">{t('noPermission')}</Alert>
      ) : (
        <>
          {organizations.length > 1 ? (
            <SelectField
              label={t('organization')}
              name="organizationId"
              value={organizationId}
              onChange={(event) => {
                setChosen(event.target.value);
                setCreated(null);
                create.reset();
                revoke.reset();
              }}
              options={organizations.map((o) => ({ value: o.id, label: o.name }))}
            />
          ) : null}

          {created ? (
            <NewSecret
              client={created}
              onDone={() => {
                setCreated(null);
                listHeadingRef.current?.focus();
              }}
            />
          ) : null}

          <section aria-labelledby="api-clients-list-heading">
            <h2 id="api-clients-list-heading" ref={listHeadingRef} tabIndex={-1}>
              {t('list.heading', { organization: organizationName })}
            </h2>
            {clients.isPending ? <Loading /> : null}
            {clients.isError ? <ProblemAlert error={clients.error} /> : null}
            {revoke.error ? <ProblemAlert error={revoke.error} /> : null}
            {clients.isSuccess && clients.data.length === 0 ? <p>{t('list.empty')}</p> : null}
            {clients.isSuccess && clients.data.length > 0 ? (
              <div className="table-scroll">
                <table className="table">
                  <caption className="table__caption">
                    {t('list.caption', { organization: organizationName })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('columns.name')}</th>
                      <th scope="col">{t('columns.description')}</th>
                      <th scope="col">{t('columns.clientId')}</th>
                      <th scope="col">{t('columns.role')}</th>
                      <th scope="col">{t('columns.created')}</th>
                      <th scope="col">{t('columns.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {clients.data.map((client) => (
                      <tr key={client.id}>
                        <th scope="row">{client.name}</th>
                        <td>{client.description}</td>
                        <td>
                          <code>{client.clientId}</code>
                        </td>
                        <td>{t(`roles.${client.role}`)}</td>
                        <td>
                          {t('list.createdBy', {
                            when: formatDateTime(client.createdAt),
                            who: client.createdBy,
                          })}
                        </td>
                        <td>
                          <ConfirmAction
                            trigger={t('revoke.button')}
                            triggerLabel={t('revoke.buttonLabel', { name: client.name })}
                            heading={t('revoke.heading', { name: client.name })}
                            text={t('revoke.text')}
                            confirmLabel={t('revoke.confirm')}
                            cancelLabel={t('revoke.cancel')}
                            pending={revoke.isPending}
                            onCancel={() => {
                              revoke.reset();
                            }}
                            onConfirm={() => {
                              setNotice('');
                              revoke.mutate(
                                { organizationId, id: client.id },
                                {
                                  onSuccess: () => {
                                    setNotice(t('revoke.done', { name: client.name }));
                                    if (created?.id === client.id) setCreated(null);
                                    listHeadingRef.current?.focus();
                                  },
                                },
                              );
                            }}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>

          <section className="form--inline-panel">
            {create.error ? (
              <ProblemAlert error={create.error} hideFields={['name', 'description', 'role']} />
            ) : null}
            <ApiClientForm
              key={`${organizationId}:${String(formKey)}`}
              submitting={create.isPending}
              onSubmit={(input, { onError }) => {
                setNotice('');
                setCreated(null);
                create.mutate(
                  { organizationId, input },
                  {
                    onSuccess: (client) => {
                      setCreated(client);
                      setFormKey((key) => key + 1);
                    },
                    onError,
                  },
                );
              }}
            />
          </section>
        </>
      )}
    </>
  );
}
