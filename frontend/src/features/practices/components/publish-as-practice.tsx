import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';

import { useDraftPracticeFromProject } from '../api/save-practice';
import { useProjectPractices } from '../api/search-practices';

/**
 * On a starter project's page: the practices written up from it, and (for its editors) drafting
 * a new one in one step, pre-filled from the project.
 */
export function PublishAsPractice({
  projectId,
  canWrite,
}: {
  projectId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation('practices');
  const navigate = useNavigate();
  const practices = useProjectPractices(projectId);
  const draft = useDraftPracticeFromProject();
  const existing = practices.data ?? [];
  if (!canWrite && existing.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="project-practices" className="project-practices">
      <h2 id="project-practices">{t('fromProject.heading')}</h2>
      {existing.length > 0 ? (
        <ul>
          {existing.map((practice) => (
            <li key={practice.id}>
              <Link to={`/practices/${practice.id}`}>{practice.title}</Link> (
              {t(`status.${practice.status}`)})
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('fromProject.hint')}</p>
      )}
      {canWrite ? (
        <Button
          type="button"
          variant="secondary"
          disabled={draft.isPending}
          onClick={() => {
            draft
              .mutateAsync(projectId)
              .then((created) => navigate(`/practices/${created.practice.id}/edit`))
              .catch(() => undefined);
          }}
        >
          {t('fromProject.publish')}
        </Button>
      ) : null}
      {draft.error ? <ProblemAlert error={draft.error} /> : null}
    </section>
  );
}
