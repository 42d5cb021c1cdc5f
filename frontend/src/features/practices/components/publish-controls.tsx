import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { SelectField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';
import { useVocabulary } from '@/lib/vocabulary/vocabulary';

import type { VersionedPractice } from '../api/get-practice';
import { useChangePracticeStatus, useUpdatePractice } from '../api/save-practice';
import { inputOf } from '../utils/practices';

type Shared = 'NETWORK' | 'PUBLIC';

/**
 * Publishing for the owner: a practice is published to its network or to everyone, so a private
 * draft gets that visibility first (one save, then the status change).
 */
export function PublishControls({
  versioned,
  onReload,
}: {
  versioned: VersionedPractice;
  onReload: () => void;
}) {
  const { t } = useTranslation('practices');
  const { visibilityLabel } = useVocabulary();
  const { practice } = versioned;
  const [audience, setAudience] = useState<Shared>(
    practice.visibility === 'PUBLIC' ? 'PUBLIC' : 'NETWORK',
  );
  const update = useUpdatePractice();
  const status = useChangePracticeStatus();
  const error = update.error ?? status.error;
  const busy = update.isPending || status.isPending;

  const publish = async () => {
    let etag = versioned.etag;
    if (practice.visibility !== audience) {
      const saved = await update.mutateAsync({
        id: practice.id,
        etag,
        input: { ...inputOf(practice), visibility: audience },
      });
      etag = saved.etag;
    }
    await status.mutateAsync({ id: practice.id, etag, status: 'PUBLISHED' });
  };

  return (
    <section aria-labelledby="practice-publish" className="practice-publish">
      <h2 id="practice-publish">{t('publish.heading')}</h2>
      {practice.status === 'DRAFT' ? (
        <>
          <p>{t('publish.draftHint')}</p>
          <SelectField
            label={t('publish.audience')}
            value={audience}
            options={(['NETWORK', 'PUBLIC'] as const).map((value) => ({
              value,
              label: visibilityLabel(value),
            }))}
            onChange={(event) => {
              setAudience(event.target.value === 'PUBLIC' ? 'PUBLIC' : 'NETWORK');
            }}
          />
          <Button
            type="button"
            variant="primary"
            disabled={busy}
            onClick={() => {
              publish().catch(() => undefined);
            }}
          >
            {t('publish.publish')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('publish.publishedHint', { visibility: visibilityLabel(practice.visibility) })}</p>
          <Button
            type="button"
            variant="secondary"
            disabled={busy}
            onClick={() => {
              status
                .mutateAsync({ id: practice.id, etag: versioned.etag, status: 'DRAFT' })
                .catch(() => undefined);
            }}
          >
            {t('publish.unpublish')}
          </Button>
        </>
      )}
      {error && isConflict(error) ? (
        <ConflictAlert
          title={t('conflict.title')}
          message={t('conflict.message')}
          onReload={onReload}
        />
      ) : error ? (
        <ProblemAlert error={error} />
      ) : null}
    </section>
  );
}
