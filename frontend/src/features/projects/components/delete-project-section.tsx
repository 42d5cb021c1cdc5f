import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isConflict } from '@/lib/api/errors';

import { useDeleteProject } from '../api/delete-project';
import type { VersionedProject } from '../api/get-project';

import { ConflictAlert } from './conflict-alert';

interface DeleteProjectSectionProps {
  versioned: VersionedProject;
  onReload: () => void;
}

/** Deleting asks for confirmation in place, then returns to the list with a notice. */
export function DeleteProjectSection({ versioned, onReload }: DeleteProjectSectionProps) {
  const { t } = useTranslation('projects');
  const navigate = useNavigate();
  const mutation = useDeleteProject();
  const [confirming, setConfirming] = useState(false);
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null);
  const deleteButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) {
      confirmHeadingRef.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      deleteButtonRef.current?.focus();
    }
  }, [confirming]);

  const conflict = isConflict(mutation.error);

  return (
    <div className="delete-section">
      {conflict ? (
        <ConflictAlert
          onReload={() => {
            mutation.reset();
            setConfirming(false);
            onReload();
          }}
        />
      ) : null}
      {mutation.error && !conflict ? <ProblemAlert error={mutation.error} /> : null}
      {confirming ? (
        <div className="confirm-panel" role="group" aria-labelledby="project-delete-heading">
          <h3 id="project-delete-heading" ref={confirmHeadingRef} tabIndex={-1}>
            {t('delete.heading')}
          </h3>
          <p>{t('delete.text', { title: versioned.project.title })}</p>
          <div className="button-row">
            <Button
              variant="danger"
              disabled={mutation.isPending}
              onClick={() => {
                mutation.mutate(
                  { id: versioned.project.id, etag: versioned.etag },
                  {
                    onSuccess: () => {
                      void navigate('/projects', { state: { notice: 'deleted' } });
                    },
                  },
                );
              }}
            >
              {t('delete.confirm')}
            </Button>
            <Button
              onClick={() => {
                returnFocus.current = true;
                mutation.reset();
                setConfirming(false);
              }}
            >
              {t('delete.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          ref={deleteButtonRef}
          variant="danger"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('delete.button')}
        </Button>
      )}
    </div>
  );
}
