import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf, isConflict } from '@/lib/api/errors';
import type { Adoption, StrategyStatus } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import { useChangeStrategyStatus } from '../api/change-strategy-status';
import type { VersionedStrategy } from '../api/get-strategy';
import { statusTransitions } from '../utils/strategy-options';

import { AdoptionForm } from './adoption-form';
import { ConflictAlert } from './conflict-alert';

interface StrategyStatusActionsProps {
  versioned: VersionedStrategy;
  onReload: () => void;
}

/** One button per transition the current status allows; adopting asks for the decision first. */
export function StrategyStatusActions({ versioned, onReload }: StrategyStatusActionsProps) {
  const { t } = useTranslation('strategies');
  const { formatDate } = useFormatters();
  const { strategy, etag } = versioned;
  const mutation = useChangeStrategyStatus();
  const [adopting, setAdopting] = useState(false);
  const [changedTo, setChangedTo] = useState<StrategyStatus | null>(null);
  const announcementRef = useRef<HTMLParagraphElement>(null);

  const transitions = statusTransitions[strategy.status];
  const conflict = isConflict(mutation.error);
  const adoptionFieldErrors = adopting && fieldErrorsOf(mutation.error).length > 0;

  const change = (status: StrategyStatus, adoption?: Adoption) => {
    setChangedTo(null);
    mutation.mutate(
      { id: strategy.id, etag, change: adoption ? { status, adoption } : { status } },
      {
        onSuccess: () => {
          setAdopting(false);
          setChangedTo(status);
          // The clicked button is gone with the old status: keep focus in the same place.
          requestAnimationFrame(() => announcementRef.current?.focus());
        },
      },
    );
  };

  return (
    <section className="status-actions" aria-labelledby="status-actions-heading">
      <h3 id="status-actions-heading">{t('transitions.heading')}</h3>
      <p ref={announcementRef} role="status" tabIndex={-1} className="status-actions__announcement">
        {changedTo ? t('transitions.changed', { status: t(`status.${changedTo}`) }) : null}
      </p>
      {strategy.status === 'IN_REVISION' && strategy.adoption ? (
        <p>
          {t('transitions.inRevision', {
            date: formatDate(strategy.adoption.decidedOn),
            reference: strategy.adoption.reference,
          })}
        </p>
      ) : null}
      {conflict ? (
        <ConflictAlert
          onReload={() => {
            mutation.reset();
            setAdopting(false);
            onReload();
          }}
        />
      ) : null}
      {mutation.error && !conflict && !adoptionFieldErrors ? (
        <ProblemAlert error={mutation.error} />
      ) : null}
      {transitions.length > 0 && !adopting ? (
        <div className="button-row">
          {transitions.map((target) => (
            <Button
              key={target}
              variant={target === 'ADOPTED' || target === 'IN_REVIEW' ? 'primary' : 'secondary'}
              disabled={mutation.isPending}
              onClick={() => {
                if (target === 'ADOPTED') {
                  mutation.reset();
                  setAdopting(true);
                } else {
                  change(target);
                }
              }}
            >
              {strategy.status === 'IN_REVISION' && target === 'ADOPTED'
                ? t('transitions.readopt')
                : t(`transitions.to.${target}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {adopting ? (
        <AdoptionForm
          organizationId={strategy.organizationId}
          submitting={mutation.isPending}
          serverError={conflict ? null : mutation.error}
          onSubmit={(adoption) => {
            change('ADOPTED', adoption);
          }}
          onCancel={() => {
            mutation.reset();
            setAdopting(false);
          }}
        />
      ) : null}
    </section>
  );
}
