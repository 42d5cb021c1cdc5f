import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { SelectField } from '@/components/ui/field';
import { useVocabulary } from '@/lib/vocabulary/vocabulary';

import type {
  WorkshopParticipant,
  WorkshopParticipantList,
  WorkshopParticipantStatus,
} from '../api/types';
import {
  byStatus,
  isParticipantStatus,
  nextStatuses,
  participantStatuses,
  participantStatusTone,
  waitlistPositions,
} from '../utils/participants';

interface ParticipantsTableProps {
  list: WorkshopParticipantList;
  canWrite: boolean;
  pending: boolean;
  onChangeStatus: (participant: WorkshopParticipant, status: WorkshopParticipantStatus) => void;
  onRemove: (participant: WorkshopParticipant) => void;
}

const countKey = {
  INVITED: 'invited',
  REGISTERED: 'registered',
  WAITLIST: 'waitlist',
  ATTENDED: 'attended',
  NO_SHOW: 'noShow',
  CANCELLED: 'cancelled',
} as const satisfies Record<WorkshopParticipantStatus, keyof WorkshopParticipantList['counts']>;

/** The participants grouped by status, filterable to one status, with their status changes. */
export function ParticipantsTable({
  list,
  canWrite,
  pending,
  onChangeStatus,
  onRemove,
}: ParticipantsTableProps) {
  const { t } = useTranslation('workshops');
  const { sectorLabel } = useVocabulary();
  const [filter, setFilter] = useState<WorkshopParticipantStatus | ''>('');
  const positions = waitlistPositions(list.items);
  const rows = byStatus(list.items).filter((item) => filter === '' || item.status === filter);

  return (
    <>
      <SelectField
        label={t('participants.filter')}
        value={filter}
        options={[
          { value: '', label: t('participants.allStatuses', { count: list.items.length }) },
          ...participantStatuses.map((status) => ({
            value: status,
            label: t('participants.statusCount', {
              status: t(`participants.status.${status}`),
              count: list.counts[countKey[status]],
            }),
          })),
        ]}
        onChange={(event) => {
          const value = event.target.value;
          setFilter(isParticipantStatus(value) ? value : '');
        }}
      />
      {rows.length === 0 ? (
        <p>{list.items.length === 0 ? t('participants.empty') : t('participants.noneInStatus')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('participants.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participants.columns.name')}</th>
                <th scope="col">{t('participants.columns.sector')}</th>
                <th scope="col">{t('participants.columns.status')}</th>
                <th scope="col" className="num">
                  {t('participants.columns.waitlist')}
                </th>
                {canWrite ? <th scope="col">{t('participants.columns.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((participant) => {
                const name = participant.stakeholder.name;
                return (
                  <tr key={participant.id}>
                    <th scope="row">{name}</th>
                    <td>{sectorLabel(participant.stakeholder.sector)}</td>
                    <td>
                      <Badge tone={participantStatusTone[participant.status]}>
                        {t(`participants.status.${participant.status}`)}
                      </Badge>
                    </td>
                    <td className="num">{positions.get(participant.id) ?? ''}</td>
                    {canWrite ? (
                      <td>
                        <div className="button-row">
                          {nextStatuses[participant.status].map((status) => (
                            <Button
                              key={status}
                              variant={status === 'CANCELLED' ? 'danger' : 'secondary'}
                              disabled={pending}
                              aria-label={t(`participants.action.${status}`, { name })}
                              onClick={() => {
                                onChangeStatus(participant, status);
                              }}
                            >
                              {t(`participants.actionShort.${status}`)}
                            </Button>
                          ))}
                          <ConfirmAction
                            trigger={t('participants.remove.button')}
                            triggerLabel={t('participants.remove.named', { name })}
                            heading={t('participants.remove.heading', { name })}
                            text={<p>{t('participants.remove.text')}</p>}
                            confirmLabel={t('participants.remove.confirm')}
                            cancelLabel={t('participants.remove.cancel')}
                            pending={pending}
                            onConfirm={() => {
                              onRemove(participant);
                            }}
                          />
                        </div>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
