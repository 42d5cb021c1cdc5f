import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';

import { useChangeProjectStatus } from '../api/change-project-status';
import type { VersionedProject } from '../api/get-project';
import type { ProjectStatus } from '../api/types';
import { needsReason, type ReasonStatus } from '../utils/project-options';
import { sortStatuses } from '../utils/status-order';

import { ConflictAlert } from './conflict-alert';
import { StatusReasonDialog } from './status-reason-dialog';

interface ProjectStatusActionsProps {
  versioned: VersionedProject;
  onReload: () => void;
}

/**
 * One button per status the API allows next (`allowedNext`); putting a project on hold or
 * cancelling it asks for the reason in a dialog first.
 */
export function ProjectStatusActions({ versioned, onReload }: ProjectStatusActionsProps) {
  const { t } = useTranslation('projects');
  const { project, etag } = versioned;
  const mutation = useChangeProjectStatus();
  const [reasonFor, setReasonFor] = useState<ReasonStatus | null>(null);
  const [changedTo, setChangedTo] = useState<ProjectStatus | null>(null);
  const announcementRef = useRef<HTMLParagraphElement>(null);

  const options = sortStatuses(project.allowedNext);
  const conflict = isConflict(mutation.error);

  const change = (status: ProjectStatus, reason?: string) => {
    setChangedTo(null);
    mutation.mutate(
      { id: project.id, etag, change: reason ? { status, reason } : { status } },
      {
        onSuccess: () => {
          setReasonFor(null);
          setChangedTo(status);
          // The clicked button is gone with the old status: keep focus in the same place.
          requestAnimationFrame(() => announcementRef.current?.focus());
        },
        onError: (error) => {
          // A stale version is handled here, outside the dialog, with a way to reload.
          if (isConflict(error)) {
            setReasonFor(null);
          }
        },
      },
    );
  };

  const label = (target: ProjectStatus) =>
    project.status === 'ON_HOLD' && target !== 'CANCELLED'
      ? t('transitions.resume', { status: t(`status.${target}`) })
      : t(`transitions.to.${target}`);

  return (
    <section className="status-actions" aria-labelledby="project-status-actions-heading">
      <h3 id="project-status-actions-heading">{t('transitions.heading')}</h3>
      <p ref={announcementRef} role="status" tabIndex={-1} className="status-actions__announcement">
        {changedTo ? t('transitions.changed', { status: t(`status.${changedTo}`) }) : null}
      </p>
      {conflict ? (
        <ConflictAlert
          onReload={() => {
            mutation.reset();
            onReload();
          }}
        />
      ) : null}
      {mutation.error && !conflict && !reasonFor ? <ProblemAlert error={mutation.error} /> : null}
      {options.length > 0 ? (
        <div className="button-row">
          {options.map((target) => (
            <Button
              key={target}
              variant={needsReason(target) ? 'secondary' : 'primary'}
              disabled={mutation.isPending}
              onClick={() => {
                if (needsReason(target)) {
                  mutation.reset();
                  setReasonFor(target);
                } else {
                  change(target);
                }
              }}
            >
              {label(target)}
            </Button>
          ))}
        </div>
      ) : (
        <p>{t('transitions.none')}</p>
      )}
      {reasonFor ? (
        <StatusReasonDialog
          projectTitle={project.title}
          target={reasonFor}
          submitting={mutation.isPending}
          serverError={mutation.error}
          onSubmit={(reason) => {
            change(reasonFor, reason);
          }}
          onClose={() => {
            mutation.reset();
            setReasonFor(null);
          }}
        />
      ) : null}
    </section>
  );
}
