import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { LinkButton } from '@/components/ui/link-button';

import { useStrategyIndicators } from '../api/get-strategy-indicators';
import type { StarterProject } from '../api/types';

import { MeasureItem } from './measure-item';

interface MeasuresSectionProps {
  project: StarterProject;
  canWrite: boolean;
  onReload: () => void;
}

export function MeasuresSection({ project, canWrite, onReload }: MeasuresSectionProps) {
  const { t } = useTranslation('projects');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Names and units of the indicators that the measures contribute to.
  const indicators = useStrategyIndicators(project.strategyId ?? '', {
    enabled: project.measures.some((measure) => measure.indicatorContributions.length > 0),
  });

  return (
    <section aria-labelledby="project-measures-heading" className="measures">
      <div className="section-header">
        <h2 id="project-measures-heading" ref={headingRef} tabIndex={-1}>
          {t('measures.heading')}
        </h2>
        {canWrite ? (
          <LinkButton to={`/projects/${project.id}/measures/new`} variant="primary">
            {t('measures.add')}
          </LinkButton>
        ) : null}
      </div>
      {project.measures.length === 0 ? (
        <p>{t('measures.none')}</p>
      ) : (
        <ol className="measures__list">
          {project.measures.map((measure) => (
            <li key={measure.id}>
              <MeasureItem
                projectId={project.id}
                measure={measure}
                strategyId={project.strategyId}
                indicators={indicators.data}
                canWrite={canWrite}
                onReload={onReload}
                onDeleted={() => {
                  // The measure and its buttons are gone: continue at the section.
                  headingRef.current?.focus();
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
