import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { TextField } from '@/components/ui/field';
import { messageAt } from '@/lib/forms/schema-form-errors';

import {
  CAPACITY_MAX,
  CAPACITY_MIN,
  needsOnlineLink,
  needsPlace,
  type WorkshopFormValues,
} from '../utils/workshop-form-schema';

interface WorkshopWhenWhereFieldsProps {
  form: UseFormReturn<WorkshopFormValues, unknown, WorkshopFormValues>;
  /** The clock the times are entered on. */
  timeZone: string;
}

/** When (on the workshop's clock) and where: a place, an online link or both, by format. */
export function WorkshopWhenWhereFields({ form, timeZone }: WorkshopWhenWhereFieldsProps) {
  const { t } = useTranslation('workshops');
  const format = form.watch('format');
  const field = (name: 'startsAt' | 'endsAt' | 'place' | 'onlineLink' | 'capacity') => ({
    error: messageAt(form.formState.errors, name),
    ...form.register(name),
  });
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('form.when')}</legend>
        <p className="field__hint">{t('form.hints.timeZone', { zone: timeZone })}</p>
        <div className="form__row">
          <TextField
            label={t('form.fields.startsAt')}
            type="datetime-local"
            required
            {...field('startsAt')}
          />
          <TextField
            label={t('form.fields.endsAt')}
            type="datetime-local"
            required
            {...field('endsAt')}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('form.where')}</legend>
        {needsPlace(format) ? (
          <TextField
            label={t('fields.place')}
            required
            maxLength={300}
            autoComplete="off"
            {...field('place')}
          />
        ) : null}
        {needsOnlineLink(format) ? (
          <TextField
            label={t('fields.onlineLink')}
            type="url"
            required
            maxLength={500}
            autoComplete="off"
            hint={t('form.hints.onlineLink')}
            {...field('onlineLink')}
          />
        ) : null}
        <TextField
          label={t('fields.capacity')}
          required
          inputMode="numeric"
          autoComplete="off"
          hint={t('form.hints.capacity', { min: CAPACITY_MIN, max: CAPACITY_MAX })}
          {...field('capacity')}
        />
      </fieldset>
    </>
  );
}
