import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';
import type { StakeholderContact } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import { useAddContact } from '../api/add-contact';
import { useEraseContact } from '../api/erase-contact';
import { useContacts } from '../api/get-contacts';
import { useUpdateContact } from '../api/update-contact';
import { toContactFormValues } from '../utils/contact-form-schema';

import { ContactForm } from './contact-form';

interface ContactsSectionProps {
  stakeholderId: string;
}

type Editing = { mode: 'add' } | { mode: 'edit'; contactId: string } | null;

function focusById(id: string) {
  requestAnimationFrame(() => {
    document.getElementById(id)?.focus();
  });
}

/**
 * Contact persons are personal data: the section is rendered for the owner's editors only, the API
 * refuses everyone else. Erasing deletes a contact's data completely.
 */
export function ContactsSection({ stakeholderId }: ContactsSectionProps) {
  const { t } = useTranslation(['stakeholders', 'common']);
  const contacts = useContacts(stakeholderId, true);
  const addMutation = useAddContact();
  const updateMutation = useUpdateContact();
  const [editing, setEditing] = useState<Editing>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const updateConflict = isConflict(updateMutation.error);
  const items = contacts.data ?? [];

  const closeForm = (focusId: string) => {
    setEditing(null);
    focusById(focusId);
  };

  return (
    <section className="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading" ref={headingRef} tabIndex={-1}>
        {t('contacts.heading')}
      </h2>
      <p className="lead">{t('contacts.intro')}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      {contacts.isPending ? <Loading /> : null}
      {contacts.isError ? <ProblemAlert error={contacts.error} /> : null}
      {contacts.isSuccess && items.length === 0 ? <p>{t('contacts.empty')}</p> : null}

      {items.length > 0 ? (
        <ul className="card-list">
          {items.map((contact) =>
            editing?.mode === 'edit' && editing.contactId === contact.id ? (
              <li key={contact.id} className="card">
                {updateConflict ? (
                  <ConflictAlert
                    title={t('contacts.conflict.title')}
                    message={t('contacts.conflict.message')}
                    reloading={contacts.isFetching}
                    onReload={() => {
                      updateMutation.reset();
                      void contacts.refetch();
                    }}
                  />
                ) : null}
                <ContactForm
                  key={`${contact.id}:${contact.version}`}
                  heading={t('contacts.editHeading', { name: contact.name })}
                  initialValues={toContactFormValues(contact)}
                  submitLabel={t('contacts.save')}
                  submitting={updateMutation.isPending}
                  serverError={updateConflict ? null : updateMutation.error}
                  onCancel={() => {
                    updateMutation.reset();
                    closeForm(`contact-edit-${contact.id}`);
                  }}
                  onSubmit={(input) => {
                    updateMutation.mutate(
                      {
                        stakeholderId,
                        contactId: contact.id,
                        etag: etagOfVersion(contact.version),
                        input,
                      },
                      {
                        onSuccess: (saved) => {
                          setAnnouncement(t('contacts.saved', { name: saved.name }));
                          closeForm(`contact-edit-${contact.id}`);
                        },
                      },
                    );
                  }}
                />
              </li>
            ) : (
              <ContactCard
                key={contact.id}
                contact={contact}
                stakeholderId={stakeholderId}
                onEdit={() => {
                  updateMutation.reset();
                  setEditing({ mode: 'edit', contactId: contact.id });
                }}
                onErased={(name) => {
                  setAnnouncement(t('contacts.erased', { name }));
                  headingRef.current?.focus();
                }}
                onReload={() => {
                  void contacts.refetch();
                }}
              />
            ),
          )}
        </ul>
      ) : null}

      {editing?.mode === 'add' ? (
        <ContactForm
          heading={t('contacts.addHeading')}
          initialValues={toContactFormValues()}
          submitLabel={t('contacts.add')}
          submitting={addMutation.isPending}
          serverError={addMutation.error}
          onCancel={() => {
            addMutation.reset();
            closeForm('contact-add');
          }}
          onSubmit={(input) => {
            addMutation.mutate(
              { stakeholderId, input },
              {
                onSuccess: (added) => {
                  setAnnouncement(t('contacts.added', { name: added.name }));
                  closeForm('contact-add');
                },
              },
            );
          }}
        />
      ) : (
        <Button
          id="contact-add"
          variant="primary"
          onClick={() => {
            addMutation.reset();
            setEditing({ mode: 'add' });
          }}
        >
          {t('contacts.addButton')}
        </Button>
      )}
    </section>
  );
}

interface ContactCardProps {
  contact: StakeholderContact;
  stakeholderId: string;
  onEdit: () => void;
  onErased: (name: string) => void;
  onReload: () => void;
}

function ContactCard({ contact, stakeholderId, onEdit, onErased, onReload }: ContactCardProps) {
  const { t } = useTranslation(['stakeholders', 'common']);
  const { formatDate } = useFormatters();
  const eraseMutation = useEraseContact();
  const conflict = isConflict(eraseMutation.error);
  const empty = t('common:empty');

  return (
    <li className="card">
      <h3 className="card__title">{contact.name}</h3>
      {contact.role ? <p className="card__subtitle">{contact.role}</p> : null}
      <dl className="details details--compact">
        <div>
          <dt>{t('contacts.fields.email')}</dt>
          <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : empty}</dd>
        </div>
        <div>
          <dt>{t('contacts.fields.phone')}</dt>
          <dd>{contact.phone ?? empty}</dd>
        </div>
        <div>
          <dt>{t('contacts.fields.consent')}</dt>
          <dd>
            {contact.consentGiven
              ? contact.consentDate
                ? t('contacts.consentGivenOn', { date: formatDate(contact.consentDate) })
                : t('contacts.consentGiven')
              : t('contacts.noConsent')}
          </dd>
        </div>
      </dl>
      {conflict ? (
        <ConflictAlert
          title={t('contacts.conflict.title')}
          message={t('contacts.conflict.message')}
          onReload={() => {
            eraseMutation.reset();
            onReload();
          }}
        />
      ) : null}
      {eraseMutation.error && !conflict ? <ProblemAlert error={eraseMutation.error} /> : null}
      <div className="button-row">
        <Button id={`contact-edit-${contact.id}`} onClick={onEdit}>
          {t('contacts.edit')} <span className="visually-hidden">{contact.name}</span>
        </Button>
        <ConfirmAction
          trigger={
            <>
              {t('contacts.erase')} <span className="visually-hidden">{contact.name}</span>
            </>
          }
          heading={t('contacts.eraseHeading', { name: contact.name })}
          text={<p>{t('contacts.eraseText', { name: contact.name })}</p>}
          confirmLabel={t('contacts.eraseConfirm')}
          cancelLabel={t('common:form.cancel')}
          pending={eraseMutation.isPending}
          onCancel={() => {
            eraseMutation.reset();
          }}
          onConfirm={() => {
            // mutateAsync: the card unmounts when the refreshed list no longer has the contact,
            // and mutate()'s own callbacks would then not run.
            void eraseMutation
              .mutateAsync({
                stakeholderId,
                contactId: contact.id,
                etag: etagOfVersion(contact.version),
              })
              .then(
                () => {
                  onErased(contact.name);
                },
                () => {
                  // Shown from the mutation's error state.
                },
              );
          }}
        />
      </div>
    </li>
  );
}
