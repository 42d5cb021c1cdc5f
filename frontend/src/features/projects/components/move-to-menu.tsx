import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict } from '@/lib/api/errors';

import { useChangeProjectStatus } from '../api/change-project-status';
import { useProject } from '../api/get-project';
import type { ProjectStatus } from '../api/types';
import { needsReason, type ReasonStatus } from '../utils/project-options';
import { sortStatuses } from '../utils/status-order';

import { ConflictAlert } from './conflict-alert';
import { StatusReasonDialog } from './status-reason-dialog';

interface MoveToMenuProps {
  projectId: string;
  projectTitle: string;
  /** Called after the move; the card then re-renders in its new column. */
  onMoved: (projectId: string, status: ProjectStatus) => void;
}

/**
 * "Move to …" on a board card: a disclosure that lists the statuses the project may move to next
 * (read fresh from the project, with its ETag). The keyboard and screen-reader way to move a card;
 * there is no drag and drop.
 */
export function MoveToMenu({ projectId, projectTitle, onMoved }: MoveToMenuProps) {
  const { t } = useTranslation('projects');
  const [open, setOpen] = useState(false);
  const [reasonFor, setReasonFor] = useState<ReasonStatus | null>(null);
  const panelId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const project = useProject(projectId, { enabled: open });
  const mutation = useChangeProjectStatus();
  const conflict = isConflict(mutation.error);

  const options = project.data ? sortStatuses(project.data.project.allowedNext) : [];

  // Once the choices are there, continue at the first one.
  useEffect(() => {
    if (open && project.isSuccess) {
      panelRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    }
  }, [open, project.isSuccess]);

  const close = () => {
    setOpen(false);
    setReasonFor(null);
    mutation.reset();
    triggerRef.current?.focus();
  };

  const move = (status: ProjectStatus, reason?: string) => {
    if (!project.data) {
      return;
    }
    mutation.mutate(
      {
        id: projectId,
        etag: project.data.etag,
        change: reason ? { status, reason } : { status },
      },
      {
        onSuccess: () => {
          setReasonFor(null);
          setOpen(false);
          onMoved(projectId, status);
        },
        onError: (error) => {
          if (isConflict(error)) {
            setReasonFor(null);
          }
        },
      },
    );
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };

  return (
    // Escape anywhere in the menu closes it (keyboard users' way out), not a pointer handler.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="move-to" onKeyDown={handleKeyDown}>
      <Button
        ref={triggerRef}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          if (open) {
            close();
          } else {
            mutation.reset();
            setOpen(true);
          }
        }}
      >
        {t('moveTo.button')}
        <span className="visually-hidden">: {projectTitle}</span>
      </Button>
      {open ? (
        <div
          id={panelId}
          ref={panelRef}
          className="move-to__panel"
          role="group"
          aria-label={t('moveTo.label', { title: projectTitle })}
        >
          {project.isPending ? <Loading /> : null}
          {project.isError ? <ProblemAlert error={project.error} /> : null}
          {conflict ? (
            <ConflictAlert
              onReload={() => {
                mutation.reset();
                void project.refetch();
              }}
            />
          ) : null}
          {mutation.error && !conflict && !reasonFor ? (
            <ProblemAlert error={mutation.error} />
          ) : null}
          {project.isSuccess && options.length === 0 ? <p>{t('moveTo.none')}</p> : null}
          {options.length > 0 ? (
            <ul className="move-to__options">
              {options.map((status) => (
                <li key={status}>
                  <Button
                    disabled={mutation.isPending}
                    onClick={() => {
                      if (needsReason(status)) {
                        mutation.reset();
                        setReasonFor(status);
                      } else {
                        move(status);
                      }
                    }}
                  >
                    {needsReason(status)
                      ? t('moveTo.optionWithReason', { status: t(`status.${status}`) })
                      : t(`status.${status}`)}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {reasonFor ? (
        <StatusReasonDialog
          projectTitle={projectTitle}
          target={reasonFor}
          submitting={mutation.isPending}
          serverError={mutation.error}
          onSubmit={(reason) => {
            move(reasonFor, reason);
          }}
          onClose={() => {
            mutation.reset();
            setReasonFor(null);
          }}
        />
      ) : null}
    </div>
  );
}
