import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ConflictAlert } from '@/components/ui/conflict-alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isConflict } from '@/lib/api/errors';
import type { Me, Organization } from '@/lib/api/types';
import { canWriteIn } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';

import { useCouncilDecisions, useDeleteDecision, type CouncilDecision } from '../api/anchoring';

import { DecisionForm } from './decision-form';

interface DecisionsSectionProps {
  me: Me | undefined;
  /** The organisations the caller edits in: they record decisions and change their own. */
  organizations: readonly Organization[];
}

/** The council's and committees' decisions; editors record, change and delete their own. */
export function DecisionsSection({ me, organizations }: DecisionsSectionProps) {
  const { t } = useTranslation('anchoring');
  const { t: tc } = useTranslation();
  const decisions = useCouncilDecisions();
  const remove = useDeleteDecision();
  const format = useFormatters();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  const items = decisions.data?.items ?? [];
  const editing = items.find((item) => item.id === editingId);
  const writes = (decision: CouncilDecision) => canWriteIn(me, decision.organizationId);
  const anyWritable = items.some(writes);
  const removeConflict = isConflict(remove.error);

  const stopEditing = (id: string) => {
    setEditingId(null);
    requestAnimationFrame(() => {
      editButtons.current.get(id)?.focus();
    });
  };
  const reload = () => {
    remove.reset();
    setEditingId(null);
    void decisions.refetch();
  };

  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading" ref={headingRef} tabIndex={-1}>
        {t('decisions.heading')}
      </h2>
      {decisions.isPending ? <Loading /> : null}
      {decisions.isError ? <ProblemAlert error={decisions.error} /> : null}
      {decisions.isSuccess && items.length === 0 ? <p>{t('decisions.empty')}</p> : null}
      {removeConflict ? (
        <ConflictAlert
          title={t('decisions.conflictTitle')}
          message={t('decisions.conflict')}
          reloading={decisions.isFetching}
          onReload={reload}
        />
      ) : null}
      {remove.isError && !removeConflict ? <ProblemAlert error={remove.error} /> : null}
      <p role="status" className="visually-hidden">
        {notice}
      </p>
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('decisions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.decidedOn')}</th>
                <th scope="col">{t('decisions.body')}</th>
                <th scope="col">{t('decisions.reference')}</th>
                <th scope="col">{t('decisions.subject')}</th>
                <th scope="col">{t('visibility')}</th>
                {anyWritable ? <th scope="col">{t('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((decision) => (
                <tr key={decision.id} id={`decision-${decision.id}`}>
                  <td>{format.formatDate(decision.decidedOn)}</td>
                  <td>{decision.body}</td>
                  <th scope="row">
                    {decision.link ? (
                      <a href={decision.link} rel="noreferrer" target="_blank">
                        {decision.reference}
                      </a>
                    ) : (
                      decision.reference
                    )}
                  </th>
                  <td>{decision.subject}</td>
                  <td>{tc(`visibility.${decision.visibility}`)}</td>
                  {anyWritable ? (
                    <td>
                      {writes(decision) ? (
                        <div className="button-row">
                          <Button
                            ref={(button) => {
                              if (button) {
                                editButtons.current.set(decision.id, button);
                              } else {
                                editButtons.current.delete(decision.id);
                              }
                            }}
                            onClick={() => {
                              setEditingId(decision.id);
                            }}
                          >
                            {t('edit')}
                            <span className="visually-hidden">: {decision.reference}</span>
                          </Button>
                          <ConfirmAction
                            trigger={
                              <>
                                {t('delete')}
                                <span className="visually-hidden">: {decision.reference}</span>
                              </>
                            }
                            heading={t('decisions.deleteHeading')}
                            text={
                              <p>{t('decisions.deleteText', { reference: decision.reference })}</p>
                            }
                            confirmLabel={t('decisions.deleteConfirm')}
                            cancelLabel={t('cancel')}
                            pending={remove.isPending}
                            onCancel={() => {
                              remove.reset();
                            }}
                            onConfirm={() => {
                              remove.mutate(decision, {
                                onSuccess: () => {
                                  setNotice(
                                    t('decisions.deleted', { reference: decision.reference }),
                                  );
                                  setEditingId((id) => (id === decision.id ? null : id));
                                  headingRef.current?.focus();
                                },
                              });
                            }}
                          />
                        </div>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing ? (
        <DecisionForm
          key={editing.id}
          organizations={organizations}
          decision={editing}
          onClose={(saved) => {
            if (saved) {
              setNotice(t('decisions.saved', { reference: saved.reference }));
            }
            stopEditing(editing.id);
          }}
          onReload={reload}
        />
      ) : null}
      {!editing && organizations.length > 0 ? <DecisionForm organizations={organizations} /> : null}
    </section>
  );
}
