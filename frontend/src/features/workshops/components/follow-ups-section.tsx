import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict } from '@/lib/api/errors';
import { etagOfVersion } from '@/lib/api/etag';
import { useFormatters } from '@/lib/i18n/format';

import { useFollowUps } from '../api/get-follow-ups';
import { useCreateFollowUp, useDeleteFollowUp, useUpdateFollowUp } from '../api/save-follow-up';
import { toFollowUpFormValues, toggledInput } from '../utils/follow-up-form';

import { FollowUpForm } from './follow-up-form';

interface FollowUpsSectionProps {
  workshopId: string;
  canWrite: boolean;
}

/** Tasks agreed in the workshop: who does what by when; overdue ones say so in words. */
export function FollowUpsSection({ workshopId, canWrite }: FollowUpsSectionProps) {
  const { t } = useTranslation('workshops');
  const headingId = useId();
  const followUps = useFollowUps(workshopId);
  const create = useCreateFollowUp();
  // The checkboxes and the edit form each have their own request, so that one's error or
  // pending state never shows in the other.
  const toggle = useUpdateFollowUp();
  const save = useUpdateFollowUp();
  const remove = useDeleteFollowUp();
  const [editingId, setEditingId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const [addKey, setAddKey] = useState(0);
  const [notice, setNotice] = useState('');
  const format = useFormatters();

  const conflict = isConflict(toggle.error) || isConflict(save.error) || isConflict(remove.error);
  const items = followUps.data?.items ?? [];
  // Read from the list, so that the form saves on top of a "done" ticked meanwhile.
  const editing = items.find((item) => item.id === editingId) ?? null;

  /** Closes the edit form and gives the focus back to the row's Edit button. */
  const closeEditing = (id: string) => {
    save.reset();
    setEditingId(null);
    requestAnimationFrame(() => {
      editButtons.current.get(id)?.focus();
    });
  };
  const reload = () => {
    toggle.reset();
    save.reset();
    remove.reset();
    setEditingId(null);
    void followUps.refetch();
  };

  return (
    <section aria-labelledby={headingId} className="follow-ups">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('followUps.heading')}
      </h2>
      {followUps.isPending ? <Loading /> : null}
      {followUps.isError ? <ProblemAlert error={followUps.error} /> : null}
      {followUps.isSuccess && items.length === 0 ? <p>{t('followUps.empty')}</p> : null}
      {conflict ? (
        <ConflictAlert
          title={t('followUps.conflictTitle')}
          message={t('followUps.conflict')}
          reloading={followUps.isFetching}
          onReload={reload}
        />
      ) : null}
      {!conflict && remove.error ? <ProblemAlert error={remove.error} /> : null}
      {!conflict && toggle.error ? <ProblemAlert error={toggle.error} /> : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('followUps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUps.title')}</th>
                <th scope="col">{t('followUps.owner')}</th>
                <th scope="col">{t('followUps.dueDate')}</th>
                <th scope="col">{t('followUps.state')}</th>
                {canWrite ? <th scope="col">{t('followUps.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((followUp) => (
                <tr
                  key={followUp.id}
                  className={followUp.overdue ? 'follow-up--overdue' : undefined}
                >
                  <th scope="row">{followUp.title}</th>
                  <td>{followUp.owner ?? t('followUps.noOwner')}</td>
                  <td>{format.formatDate(followUp.dueDate)}</td>
                  <td>
                    {canWrite ? (
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={followUp.done}
                          disabled={toggle.isPending}
                          onChange={() => {
                            setNotice('');
                            toggle.mutate(
                              {
                                workshopId,
                                followUpId: followUp.id,
                                etag: etagOfVersion(followUp.version),
                                input: toggledInput(followUp),
                              },
                              {
                                onSuccess: (saved) => {
                                  setNotice(
                                    t(
                                      saved.done ? 'followUps.markedDone' : 'followUps.markedOpen',
                                      {
                                        title: saved.title,
                                      },
                                    ),
                                  );
                                },
                              },
                            );
                          }}
                        />{' '}
                        {t('followUps.done')}
                        <span className="visually-hidden">: {followUp.title}</span>
                      </label>
                    ) : (
                      <span>{followUp.done ? t('followUps.isDone') : t('followUps.isOpen')}</span>
                    )}
                    {followUp.overdue ? (
                      <>
                        {' '}
                        <Badge tone="warning">{t('followUps.overdue')}</Badge>
                      </>
                    ) : null}
                  </td>
                  {canWrite ? (
                    <td>
                      <div className="button-row">
                        <Button
                          ref={(button) => {
                            if (button) {
                              editButtons.current.set(followUp.id, button);
                            } else {
                              editButtons.current.delete(followUp.id);
                            }
                          }}
                          onClick={() => {
                            save.reset();
                            setEditingId(followUp.id);
                          }}
                        >
                          {t('followUps.edit')}
                          <span className="visually-hidden">: {followUp.title}</span>
                        </Button>
                        <ConfirmAction
                          trigger={
                            <>
                              {t('followUps.delete')}
                              <span className="visually-hidden">: {followUp.title}</span>
                            </>
                          }
                          heading={t('followUps.deleteHeading')}
                          text={<p>{t('followUps.deleteText', { title: followUp.title })}</p>}
                          confirmLabel={t('followUps.deleteConfirm')}
                          cancelLabel={t('followUps.deleteCancel')}
                          pending={remove.isPending}
                          onCancel={() => {
                            remove.reset();
                          }}
                          onConfirm={() => {
                            remove.mutate(
                              {
                                workshopId,
                                followUpId: followUp.id,
                                etag: etagOfVersion(followUp.version),
                              },
                              {
                                onSuccess: () => {
                                  setNotice(t('followUps.deleted', { title: followUp.title }));
                                  setEditingId((id) => (id === followUp.id ? null : id));
                                  // The row and its buttons are gone; keep the keyboard in the section.
                                  headingRef.current?.focus();
                                },
                              },
                            );
                          }}
                        />
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p role="status" className="visually-hidden">
        {notice}
      </p>
      {canWrite && editing ? (
        <FollowUpForm
          key={editing.id}
          legend={t('followUps.editLegend', { title: editing.title })}
          initialValues={toFollowUpFormValues(editing)}
          done={editing.done}
          focusOnMount
          submitLabel={t('followUps.save')}
          submitting={save.isPending || toggle.isPending}
          serverError={isConflict(save.error) ? null : save.error}
          onCancel={() => {
            closeEditing(editing.id);
          }}
          onSubmit={(input) => {
            const id = editing.id;
            const current = items.find((item) => item.id === id) ?? editing;
            save.mutate(
              {
                workshopId,
                followUpId: id,
                etag: etagOfVersion(current.version),
                input: { ...input, done: current.done },
              },
              {
                onSuccess: (saved) => {
                  closeEditing(id);
                  setNotice(t('followUps.saved', { title: saved.title }));
                },
              },
            );
          }}
        />
      ) : null}
      {canWrite && !editing ? (
        <FollowUpForm
          key={addKey}
          legend={t('followUps.addLegend')}
          initialValues={toFollowUpFormValues()}
          done={false}
          submitLabel={t('followUps.add')}
          submitting={create.isPending}
          serverError={create.error}
          onSubmit={(input) => {
            create.mutate(
              { workshopId, input },
              {
                onSuccess: (saved) => {
                  setAddKey((key) => key + 1);
                  setNotice(t('followUps.added', { title: saved.title }));
                },
              },
            );
          }}
        />
      ) : null}
    </section>
  );
}
