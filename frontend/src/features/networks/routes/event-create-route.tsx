import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { applyServerFieldErrors, useSchemaForm } from '@/lib/forms/schema-form';
import { fromLocalInput, isLocalInput } from '@/lib/i18n/municipal-time';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useCreateEvent } from '../api/events';
import { useNetwork } from '../api/get-network';
import type { NetworkEventInput } from '../api/types';
import { eventKinds } from '../utils/vocabulary';

const localTime = z.string().refine(isLocalInput, { message: 'date' });

const eventSchema = z
  .object({
    kind: z.enum(['KICK_OFF', 'IN_PERSON', 'VIRTUAL_STATUS_UPDATE', 'STUDY_TRIP', 'OTHER']),
    title: z.string().trim().min(1).max(200),
    startsAt: localTime,
    endsAt: localTime,
    place: z.string().max(300),
    onlineLink: z.union([z.literal(''), z.url({ protocol: /^https?$/, message: 'url' }).max(500)]),
    description: z.string().max(4000),
  })
  .refine((values) => values.endsAt > values.startsAt, { path: ['endsAt'], message: 'periodOrder' })
  .refine((values) => values.place.trim() !== '' || values.onlineLink.trim() !== '', {
    path: ['place'],
    message: 'required',
  });

type EventValues = z.infer<typeof eventSchema>;

const fields = [
  'kind',
  'title',
  'startsAt',
  'endsAt',
  'place',
  'onlineLink',
  'description',
] as const;

function toInput(values: EventValues, timeZone: string): NetworkEventInput {
  return {
    kind: values.kind,
    title: values.title.trim(),
    startsAt: fromLocalInput(values.startsAt, timeZone) ?? values.startsAt,
    endsAt: fromLocalInput(values.endsAt, timeZone) ?? values.endsAt,
    ...(values.place.trim() ? { place: values.place.trim() } : {}),
    ...(values.onlineLink.trim() ? { onlineLink: values.onlineLink.trim() } : {}),
    ...(values.description.trim() ? { description: values.description.trim() } : {}),
  };
}

/** The coordinator plans an event; times are on the coordinator's clock. */
export function EventCreateRoute() {
  const { t } = useTranslation('networks');
  useDocumentTitle(t('eventForm.heading'));
  const { networkId = '' } = useParams();
  const network = useNetwork(networkId);
  const create = useCreateEvent(networkId);
  const navigate = useNavigate();
  const form = useSchemaForm<EventValues>(eventSchema, {
    kind: 'VIRTUAL_STATUS_UPDATE',
    title: '',
    startsAt: '',
    endsAt: '',
    place: '',
    onlineLink: '',
    description: '',
  });
  const { errors } = form.formState;

  if (network.isPending) {
    return <Loading />;
  }
  if (network.isError) {
    return <ProblemAlert error={network.error} />;
  }

  const submit = (values: EventValues) => {
    create.mutate(toInput(values, network.data.coordinator.timeZone), {
      onSuccess: (event) => {
        void navigate(`/networks/${networkId}/events/${event.id}`);
      },
      onError: (error) => {
        applyServerFieldErrors(form, error, fields);
      },
    });
  };

  return (
    <>
      <p>
        <Link to={`/networks/${networkId}`}>{network.data.name}</Link>
      </p>
      <h1>{t('eventForm.heading')}</h1>
      <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
        <SelectField
          label={t('eventForm.kind')}
          required
          error={errors.kind?.message}
          options={eventKinds.map((kind) => ({ value: kind, label: t(`eventKind.${kind}`) }))}
          {...form.register('kind')}
        />
        <TextField
          label={t('eventForm.title')}
          required
          error={errors.title?.message}
          {...form.register('title')}
        />
        <TextField
          label={t('eventForm.startsAt')}
          hint={t('eventForm.timeHint')}
          type="datetime-local"
          required
          error={errors.startsAt?.message}
          {...form.register('startsAt')}
        />
        <TextField
          label={t('eventForm.endsAt')}
          type="datetime-local"
          required
          error={errors.endsAt?.message}
          {...form.register('endsAt')}
        />
        <TextField
          label={t('eventForm.place')}
          hint={t('eventForm.whereHint')}
          error={errors.place?.message}
          {...form.register('place')}
        />
        <TextField
          label={t('eventForm.onlineLink')}
          type="url"
          error={errors.onlineLink?.message}
          {...form.register('onlineLink')}
        />
        <TextAreaField
          label={t('eventForm.description')}
          rows={4}
          error={errors.description?.message}
          {...form.register('description')}
        />
        {create.isError ? <ProblemAlert error={create.error} hideFields={fields} /> : null}
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {t('eventForm.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
