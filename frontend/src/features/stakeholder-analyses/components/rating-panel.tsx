import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { SelectField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict, isPreconditionRequired } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';
import type { StakeholderRating } from '@/lib/api/types';

import { useDeleteRating } from '../api/delete-rating';
import { useRateableStakeholders } from '../api/get-rateable-stakeholders';
import { useRateStakeholder } from '../api/rate-stakeholder';
import { useRatingLabels } from '../utils/use-rating-labels';

import { RatingForm } from './rating-form';

export const RATING_STAKEHOLDER_SELECT_ID = 'rating-stakeholder';

interface RatingPanelProps {
  analysisId: string;
  organizationId: string;
  ratings: readonly StakeholderRating[];
  /** The stakeholder being rated ('' for none); the grid's "Edit rating" sets it too. */
  stakeholderId: string;
  onStakeholderChange: (stakeholderId: string) => void;
  onSaved: (stakeholderId: string) => void;
  reloadRatings: () => Promise<unknown>;
}

function focusById(id: string) {
  requestAnimationFrame(() => {
    document.getElementById(id)?.focus();
  });
}

/** Editors rate the owner's stakeholders here, one after the other. */
export function RatingPanel({
  analysisId,
  organizationId,
  ratings,
  stakeholderId,
  onStakeholderChange,
  onSaved,
  reloadRatings,
}: RatingPanelProps) {
  const { t } = useTranslation(['analyses', 'common']);
  const register = useRateableStakeholders(organizationId, true);
  const rate = useRateStakeholder();
  const remove = useDeleteRating();
  const { pointLabel } = useRatingLabels();
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);

  const ratedIds = new Set(ratings.map((rating) => rating.stakeholder.id));
  const existing = ratings.find((rating) => rating.stakeholder.id === stakeholderId);
  const stakeholder =
    register.data?.find((candidate) => candidate.id === stakeholderId) ?? existing?.stakeholder;
  // 428: someone else created this rating meanwhile, so it now needs If-Match like a stale edit.
  const conflict = [rate.error, remove.error].some(
    (error) => isConflict(error) || isPreconditionRequired(error),
  );

  const choose = (id: string) => {
    rate.reset();
    remove.reset();
    setAnnouncement('');
    onStakeholderChange(id);
  };

  return (
    <section aria-labelledby="rating-heading" className="rating-panel">
      <h2 id="rating-heading">{t('rating.heading')}</h2>
      <p className="lead">{t('rating.intro')}</p>
      {announcement ? <Alert tone="success">{announcement}</Alert> : null}
      {register.isPending ? <Loading /> : null}
      {register.isError ? <ProblemAlert error={register.error} /> : null}
      {register.isSuccess && register.data.length === 0 ? <p>{t('rating.emptyRegister')}</p> : null}
      {register.isSuccess && register.data.length > 0 ? (
        <SelectField
          id={RATING_STAKEHOLDER_SELECT_ID}
          label={t('rating.stakeholder')}
          name="stakeholder"
          hint={t('rating.stakeholderHint')}
          value={stakeholderId}
          onChange={(event) => {
            choose(event.target.value);
          }}
          options={[
            { value: '', label: t('form.choose') },
            ...register.data.map((candidate) => ({
              value: candidate.id,
              label: ratedIds.has(candidate.id)
                ? t('rating.optionRated', { name: candidate.name })
                : candidate.name,
            })),
          ]}
        />
      ) : null}

      {stakeholderId && stakeholder ? (
        <>
          {conflict ? (
            <ConflictAlert
              title={t('rating.conflict.title')}
              message={t('rating.conflict.message')}
              reloading={reloading}
              onReload={() => {
                setReloading(true);
                void reloadRatings().finally(() => {
                  rate.reset();
                  remove.reset();
                  setReloading(false);
                });
              }}
            />
          ) : null}
          {remove.error && !conflict ? <ProblemAlert error={remove.error} /> : null}
          <RatingForm
            key={`${stakeholderId}:${existing?.version ?? 'new'}`}
            stakeholderName={stakeholder.name}
            existing={existing}
            submitting={rate.isPending}
            serverError={conflict ? null : rate.error}
            onCancel={() => {
              choose('');
              focusById(RATING_STAKEHOLDER_SELECT_ID);
            }}
            onSubmit={(input) => {
              setAnnouncement('');
              rate.mutate(
                {
                  analysisId,
                  stakeholderId,
                  etag: existing ? etagOfVersion(existing.version) : undefined,
                  input,
                },
                {
                  onSuccess: (saved) => {
                    setAnnouncement(t('rating.saved', { point: pointLabel(saved) }));
                    onStakeholderChange('');
                    onSaved(saved.stakeholder.id);
                    focusById(RATING_STAKEHOLDER_SELECT_ID);
                  },
                },
              );
            }}
          />
          {existing ? (
            <ConfirmAction
              trigger={
                <>
                  {t('rating.remove')} <span className="visually-hidden">{stakeholder.name}</span>
                </>
              }
              heading={t('rating.removeHeading', { name: stakeholder.name })}
              text={<p>{t('rating.removeText', { name: stakeholder.name })}</p>}
              confirmLabel={t('rating.removeConfirm')}
              cancelLabel={t('common:form.cancel')}
              pending={remove.isPending}
              onCancel={() => {
                remove.reset();
              }}
              onConfirm={() => {
                remove.mutate(
                  { analysisId, stakeholderId, etag: etagOfVersion(existing.version) },
                  {
                    onSuccess: () => {
                      setAnnouncement(t('rating.removed', { name: stakeholder.name }));
                      onStakeholderChange('');
                      focusById(RATING_STAKEHOLDER_SELECT_ID);
                    },
                  },
                );
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
