import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict, isNotFound } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';
import type { StrategyComponent, StrategyOutline } from '@/lib/api/types';
import { canWriteIn, useMe } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useCreateComponent } from '../api/create-component';
import { useDeleteComponent } from '../api/delete-component';
import { useIndicatorContributions } from '../api/get-indicator-contributions';
import { useIndicators } from '../api/get-indicators';
import { useOutline } from '../api/get-outline';
import { useOutlinedStrategy } from '../api/get-outlined-strategy';
import { useMoveComponent } from '../api/move-component';
import { useUpdateComponent } from '../api/update-component';
import { CompletenessMeter } from '../components/completeness-meter';
import { ComponentForm } from '../components/component-form';
import { OutlineItem } from '../components/outline-item';
import { toComponentFormValues } from '../utils/component-form-schema';
import { actionIdOf, headingIdOf } from '../utils/dom-ids';
import {
  buildTree,
  descendantCount,
  moveFor,
  siblingsOf,
  type MoveAction,
} from '../utils/outline-tree';

type Editing =
  { mode: 'edit'; componentId: string } | { mode: 'add'; parentId: string | undefined } | null;

const ADD_TOP_LEVEL_ID = 'outline-add-top-level';
const PAGE_HEADING_ID = 'outline-heading';

function focusById(id: string) {
  requestAnimationFrame(() => {
    document.getElementById(id)?.focus();
  });
}

/**
 * The strategy as a structured document: its components by the model approach, how complete they
 * are, and for editors the tools to add, change, delete and reorder them from the keyboard.
 */
export function OutlineRoute() {
  const { t } = useTranslation(['outline', 'common']);
  const { strategyId = '' } = useParams();
  const strategy = useOutlinedStrategy(strategyId);
  const outline = useOutline(strategyId);
  const indicators = useIndicators(strategyId);
  const contributions = useIndicatorContributions(strategyId);
  const me = useMe();
  const createMutation = useCreateComponent();
  const updateMutation = useUpdateComponent();
  const deleteMutation = useDeleteComponent();
  const moveMutation = useMoveComponent();
  const [editing, setEditing] = useState<Editing>(null);
  const [announcement, setAnnouncement] = useState('');
  const [reloading, setReloading] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(
    strategy.data ? t('page.titleFor', { title: strategy.data.title }) : t('page.heading'),
  );

  if (strategy.isError || outline.isError) {
    const error = strategy.error ?? outline.error;
    return isNotFound(error) ? (
      <Alert tone="error" title={t('page.notFound')} />
    ) : (
      <ProblemAlert error={error} />
    );
  }
  if (strategy.isPending || outline.isPending) {
    return <Loading />;
  }

  const items = outline.data.items;
  const canWrite = canWriteIn(me.data, strategy.data.organizationId);
  const writeError = [moveMutation.error, deleteMutation.error].find(Boolean);
  const conflict = isConflict(writeError);

  const titleOf = (id: string | undefined) => items.find((item) => item.id === id)?.title;

  const describeMove = (
    after: StrategyOutline,
    component: StrategyComponent,
    action: MoveAction,
  ) => {
    const moved = after.items.find((item) => item.id === component.id) ?? component;
    const siblings = siblingsOf(after.items, moved);
    const place = {
      position: siblings.findIndex((item) => item.id === moved.id) + 1,
      count: siblings.length,
    };
    const parent = after.items.find((item) => item.id === moved.parentId);
    return `${t(`move.done.${action}`, { title: moved.title })}: ${
      parent ? t('move.placeUnder', { ...place, parent: parent.title }) : t('move.placeTop', place)
    }`;
  };

  const cancelEditing = (focusId: string) => {
    createMutation.reset();
    updateMutation.reset();
    setEditing(null);
    focusById(focusId);
  };

  const creatorFor = (parentId: string | undefined) => {
    const parentTitle = titleOf(parentId);
    return (
      <ComponentForm
        heading={parentTitle ? t('form.newUnder', { parent: parentTitle }) : t('form.newTopLevel')}
        initialValues={toComponentFormValues()}
        parentId={parentId}
        submitLabel={t('form.create')}
        submitting={createMutation.isPending}
        serverError={createMutation.error}
        onCancel={() => {
          cancelEditing(parentId ? actionIdOf(parentId, 'add-child') : ADD_TOP_LEVEL_ID);
        }}
        onSubmit={(input) => {
          createMutation.mutate(
            { strategyId, input },
            {
              onSuccess: (created) => {
                setEditing(null);
                setAnnouncement(t('form.created', { title: created.title }));
                focusById(headingIdOf(created.id));
              },
            },
          );
        }}
      />
    );
  };

  const tree = buildTree(items);

  return (
    <>
      <p>
        <Link to={`/strategies/${strategyId}`}>
          {t('page.backTo', { title: strategy.data.title })}
        </Link>
      </p>
      <h1 id={PAGE_HEADING_ID} ref={headingRef} tabIndex={-1}>
        {t('page.heading')}
      </h1>
      <p className="lead">{strategy.data.title}</p>
      <p>{t('page.intro')}</p>

      <CompletenessMeter completeness={outline.data.completeness} />

      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {conflict ? (
        <ConflictAlert
          title={t('conflict.title')}
          message={t('conflict.message')}
          reloading={reloading}
          onReload={() => {
            setReloading(true);
            void outline.refetch().finally(() => {
              moveMutation.reset();
              deleteMutation.reset();
              setReloading(false);
            });
          }}
        />
      ) : null}
      {writeError && !conflict ? <ProblemAlert error={writeError} /> : null}

      {/* The components are the document's sections (h2 at the top level), so no heading here. */}
      <section aria-label={t('page.document')} className="outline-document">
        {items.length === 0 ? <p>{t('page.empty')}</p> : null}
        {tree.length > 0 ? (
          <ol className="outline outline--root">
            {tree.map((node) => (
              <OutlineItem
                key={node.component.id}
                node={node}
                strategyId={strategyId}
                indicators={indicators.data ?? []}
                contributions={contributions.data ?? []}
                canWrite={canWrite}
                actions={{
                  canMove: (component, action) => moveFor(items, component, action) !== undefined,
                  moving: moveMutation.isPending,
                  removing: deleteMutation.isPending,
                  descendants: (component) => descendantCount(items, component),
                  move: (component, action) => {
                    const move = moveFor(items, component, action);
                    if (!move) {
                      return;
                    }
                    setAnnouncement('');
                    moveMutation.mutate(
                      {
                        strategyId,
                        componentId: component.id,
                        etag: etagOfVersion(component.version),
                        move,
                      },
                      {
                        onSuccess: (after) => {
                          setAnnouncement(describeMove(after, component, action));
                          // The item was re-rendered in its new place: keep focus on its button.
                          focusById(actionIdOf(component.id, action));
                        },
                      },
                    );
                  },
                  edit: (component) => {
                    updateMutation.reset();
                    setEditing({ mode: 'edit', componentId: component.id });
                  },
                  addChild: (component) => {
                    createMutation.reset();
                    setEditing({ mode: 'add', parentId: component.id });
                  },
                  remove: (component) => {
                    setAnnouncement('');
                    deleteMutation.mutate(
                      {
                        strategyId,
                        componentId: component.id,
                        etag: etagOfVersion(component.version),
                      },
                      {
                        onSuccess: () => {
                          setAnnouncement(t('tools.deleted', { title: component.title }));
                          focusById(
                            component.parentId ? headingIdOf(component.parentId) : PAGE_HEADING_ID,
                          );
                        },
                      },
                    );
                  },
                }}
                editor={(component) =>
                  editing?.mode === 'edit' && editing.componentId === component.id ? (
                    <>
                      {isConflict(updateMutation.error) ? (
                        <ConflictAlert
                          title={t('conflict.componentTitle')}
                          message={t('conflict.message')}
                          reloading={reloading}
                          onReload={() => {
                            setReloading(true);
                            void outline.refetch().finally(() => {
                              updateMutation.reset();
                              setReloading(false);
                            });
                          }}
                        />
                      ) : null}
                      <ComponentForm
                        key={`${component.id}:${component.version}`}
                        heading={t('form.editHeading', { title: component.title })}
                        initialValues={toComponentFormValues(component)}
                        parentId={undefined}
                        submitLabel={t('form.save')}
                        submitting={updateMutation.isPending}
                        serverError={isConflict(updateMutation.error) ? null : updateMutation.error}
                        onCancel={() => {
                          cancelEditing(actionIdOf(component.id, 'edit'));
                        }}
                        onSubmit={(input) => {
                          updateMutation.mutate(
                            {
                              strategyId,
                              componentId: component.id,
                              etag: etagOfVersion(component.version),
                              // The form has no field for it, and PUT replaces the whole component:
                              // the key a sync script set is sent back unchanged.
                              input: { ...input, externalId: component.externalId },
                            },
                            {
                              onSuccess: (saved) => {
                                setEditing(null);
                                setAnnouncement(t('form.saved', { title: saved.title }));
                                focusById(actionIdOf(component.id, 'edit'));
                              },
                            },
                          );
                        }}
                      />
                    </>
                  ) : null
                }
                childCreator={(component) =>
                  editing?.mode === 'add' && editing.parentId === component.id
                    ? creatorFor(component.id)
                    : null
                }
              />
            ))}
          </ol>
        ) : null}
        {canWrite ? (
          editing?.mode === 'add' && editing.parentId === undefined ? (
            creatorFor(undefined)
          ) : (
            <Button
              id={ADD_TOP_LEVEL_ID}
              variant="primary"
              onClick={() => {
                createMutation.reset();
                setEditing({ mode: 'add', parentId: undefined });
              }}
            >
              {t('tools.addTopLevel')}
            </Button>
          )
        ) : null}
      </section>
    </>
  );
}
