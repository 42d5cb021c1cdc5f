import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';

import { useOutcomes } from '../api/outcomes';
import type { Workshop } from '../api/types';
import { outcomeTypes } from '../utils/outcomes';

import { OutcomesCapture } from './outcomes-capture';
import { OutcomesItem } from './outcomes-item';

interface OutcomesSectionProps {
  workshop: Workshop;
  canWrite: boolean;
}

/** What the workshop produced: captured during the session, grouped by type, voted and converted. */
export function OutcomesSection({ workshop, canWrite }: OutcomesSectionProps) {
  const { t } = useTranslation('workshops');
  const headingId = useId();
  const outcomes = useOutcomes(workshop.id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Counted, so that a second deletion replaces the message and is announced again.
  const [deleted, setDeleted] = useState({ text: '', count: 0 });

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('outcomes.heading')}
      </h2>
      <p role="status" className="visually-hidden">
        <span key={deleted.count}>{deleted.text}</span>
      </p>
      {canWrite ? <OutcomesCapture workshopId={workshop.id} /> : null}
      {outcomes.isPending ? (
        <Loading />
      ) : outcomes.isError ? (
        <ProblemAlert error={outcomes.error} />
      ) : outcomes.data.items.length === 0 ? (
        <p>{t('outcomes.empty')}</p>
      ) : (
        outcomeTypes.map((type) => {
          const items = outcomes.data.items.filter((outcome) => outcome.type === type);
          if (items.length === 0) {
            return null;
          }
          return (
            <div key={type} className="outcomes__group">
              <h3>
                {t('outcomes.group', { type: t(`outcomes.types.${type}`), count: items.length })}
              </h3>
              <ul className="outcomes__list">
                {items.map((outcome) => (
                  <OutcomesItem
                    key={outcome.id}
                    outcome={outcome}
                    strategyId={workshop.strategyId}
                    organizationId={workshop.organizationId}
                    canWrite={canWrite}
                    reloading={outcomes.isFetching}
                    onReload={() => {
                      void outcomes.refetch();
                    }}
                    onDeleted={() => {
                      setDeleted((current) => ({
                        text: t('outcomes.deleted'),
                        count: current.count + 1,
                      }));
                      headingRef.current?.focus();
                    }}
                  />
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
