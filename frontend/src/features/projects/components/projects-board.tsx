import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProjectStatus, StarterProjectSummary } from '../api/types';
import { projectStatuses } from '../utils/project-options';

import { ProjectCard } from './project-card';

interface ProjectsBoardProps {
  projects: readonly StarterProjectSummary[];
  /** Only this column (when the list is filtered by status). */
  onlyStatus?: ProjectStatus | undefined;
  canMove: (project: StarterProjectSummary) => boolean;
}

/**
 * The board: one labelled region per status with a heading and a list of cards, so that screen
 * readers can jump between columns by heading or landmark and count the cards of each. Cards move
 * through their "move to" menu, never by dragging only.
 */
export function ProjectsBoard({ projects, onlyStatus, canMove }: ProjectsBoardProps) {
  const { t } = useTranslation('projects');
  const [moved, setMoved] = useState<{ id: string; status: ProjectStatus } | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const announcementRef = useRef<HTMLParagraphElement>(null);
  const focusPending = useRef(false);
  const columns = onlyStatus ? [onlyStatus] : projectStatuses;
  const movedProject = moved ? projects.find((project) => project.id === moved.id) : undefined;
  const arrived = movedProject?.status === moved?.status;

  // A moved card re-renders in its new column once the list has reloaded: continue there. If the
  // filters now hide it, the announcement keeps the focus.
  useEffect(() => {
    if (!moved || !focusPending.current) {
      return;
    }
    if (arrived) {
      focusPending.current = false;
      boardRef.current
        ?.querySelector<HTMLAnchorElement>(`[data-project-id="${moved.id}"] .project-card__title a`)
        ?.focus();
    } else if (!movedProject) {
      focusPending.current = false;
      announcementRef.current?.focus();
    }
  }, [moved, arrived, movedProject]);

  return (
    <div className="board" ref={boardRef}>
      <p ref={announcementRef} role="status" tabIndex={-1} className="board__announcement">
        {moved && movedProject
          ? t('board.moved', { title: movedProject.title, status: t(`status.${moved.status}`) })
          : moved
            ? t('board.movedOut', { status: t(`status.${moved.status}`) })
            : null}
      </p>
      <div className="board__columns">
        {columns.map((status) => {
          const cards = projects.filter((project) => project.status === status);
          const headingId = `board-column-${status}`;
          return (
            <section key={status} className="board__column" aria-labelledby={headingId}>
              <h3 id={headingId} className="board__heading">
                {t(`status.${status}`)}
                <span className="board__count">
                  <span aria-hidden="true">{cards.length}</span>
                  <span className="visually-hidden">
                    , {t('board.count', { count: cards.length })}
                  </span>
                </span>
              </h3>
              {cards.length > 0 ? (
                <ul className="board__cards">
                  {cards.map((project) => (
                    <li key={project.id} data-project-id={project.id}>
                      <ProjectCard
                        project={project}
                        canMove={canMove(project)}
                        onMoved={(id, next) => {
                          focusPending.current = true;
                          setMoved({ id, status: next });
                        }}
                      />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="board__empty">{t('board.empty')}</p>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
