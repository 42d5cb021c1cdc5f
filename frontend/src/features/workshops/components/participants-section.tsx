import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';

import {
  useChangeParticipantStatus,
  useRemoveParticipant,
  useParticipants,
} from '../api/participants';
import { workshopKeys } from '../api/query-keys';
import type {
  Workshop,
  WorkshopParticipant,
  WorkshopParticipantList,
  WorkshopParticipantStatus,
} from '../api/types';
import { promotedBetween } from '../utils/participants';

import { ParticipantsBalance } from './participants-balance';
import { ParticipantsRegister } from './participants-register';
import { ParticipantsTable } from './participants-table';

interface ParticipantsSectionProps {
  workshop: Workshop;
  canWrite: boolean;
}

/** Who takes part: seats and waitlist, the participants by status, registration and attendance. */
export function ParticipantsSection({ workshop, canWrite }: ParticipantsSectionProps) {
  const { t } = useTranslation('workshops');
  const headingId = useId();
  const participants = useParticipants(workshop.id);
  const change = useChangeParticipantStatus();
  const remove = useRemoveParticipant();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const announce = (text: string, moveFocus: boolean) => {
    setMessage(text);
    if (moveFocus) {
      // The buttons of the row change with the status; keep the keyboard in the section. The
      // heading is not a live region, so the news is announced once, by the message.
      requestAnimationFrame(() => headingRef.current?.focus());
    }
  };

  const changeStatus = (participant: WorkshopParticipant, status: WorkshopParticipantStatus) => {
    const before = participants.data?.items ?? [];
    const name = participant.stakeholder.name;
    setMessage('');
    remove.reset();
    change.mutate(
      {
        workshopId: workshop.id,
        participantId: participant.id,
        etag: etagOfVersion(participant.version),
        status,
      },
      {
        onSuccess: (changed) => {
          const after =
            queryClient.getQueryData<WorkshopParticipantList>(
              workshopKeys.participants(workshop.id),
            )?.items ?? [];
          const promoted = promotedBetween(before, after).map((item) => item.stakeholder.name);
          const parts = [
            status === 'REGISTERED' && changed.status === 'WAITLIST'
              ? t('participants.toWaitlist', { name })
              : t('participants.changed', {
                  name,
                  status: t(`participants.status.${changed.status}`),
                }),
          ];
          if (promoted.length > 0) {
            parts.push(
              t('participants.promoted', { count: promoted.length, names: promoted.join(', ') }),
            );
          }
          announce(parts.join(' '), true);
        },
      },
    );
  };

  const removeParticipant = (participant: WorkshopParticipant) => {
    const before = participants.data?.items ?? [];
    const name = participant.stakeholder.name;
    setMessage('');
    change.reset();
    remove.mutate(
      {
        workshopId: workshop.id,
        participantId: participant.id,
        etag: etagOfVersion(participant.version),
      },
      {
        onSuccess: () => {
          const after =
            queryClient.getQueryData<WorkshopParticipantList>(
              workshopKeys.participants(workshop.id),
            )?.items ?? [];
          const promoted = promotedBetween(before, after).map((item) => item.stakeholder.name);
          const parts = [t('participants.remove.done', { name })];
          if (promoted.length > 0) {
            parts.push(
              t('participants.promoted', { count: promoted.length, names: promoted.join(', ') }),
            );
          }
          announce(parts.join(' '), true);
        },
      },
    );
  };
  const failure = change.error ?? remove.error;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('participants.heading')}
      </h2>
      {participants.isPending ? (
        <Loading />
      ) : participants.isError ? (
        <ProblemAlert error={participants.error} />
      ) : (
        <>
          <p className="participants__summary">
            {t('participants.summary', {
              taken: participants.data.counts.registered + participants.data.counts.attended,
              capacity: participants.data.capacity,
              free: participants.data.freeSeats,
            })}{' '}
            {t('participants.waitlistCount', { count: participants.data.counts.waitlist })}
          </p>
          <p role="status" className="list-status">
            {message}
          </p>
          {isConflict(failure) ? (
            <ConflictAlert
              title={t('participants.conflictTitle')}
              message={t('participants.conflictMessage')}
              reloading={participants.isFetching}
              onReload={() => {
                change.reset();
                remove.reset();
                void participants.refetch();
              }}
            />
          ) : failure ? (
            <ProblemAlert error={failure} />
          ) : null}
          <ParticipantsTable
            list={participants.data}
            canWrite={canWrite}
            pending={change.isPending || remove.isPending}
            onChangeStatus={changeStatus}
            onRemove={removeParticipant}
          />
          {canWrite ? (
            <ParticipantsRegister
              workshop={workshop}
              participants={participants.data.items}
              freeSeats={participants.data.freeSeats}
              onRegistered={(text) => {
                announce(text, false);
              }}
            />
          ) : null}
          <ParticipantsBalance balance={participants.data.sectorBalance} />
        </>
      )}
    </section>
  );
}
