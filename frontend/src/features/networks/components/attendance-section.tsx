import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { etagOfVersion } from '@/lib/api/etag';
import { useMe } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';

import { useAttendance, useRecordAttendance } from '../api/events';
import type { Network, NetworkAttendance, NetworkAttendanceStatus } from '../api/types';
import { editsFor, plansEvents } from '../utils/permissions';
import { attendanceStatuses } from '../utils/vocabulary';

interface AttendanceRowProps {
  attendance: NetworkAttendance;
  editable: boolean;
  saving: boolean;
  onSave: (attendance: NetworkAttendance, status: NetworkAttendanceStatus, people: string) => void;
}

function AttendanceRow({ attendance, editable, saving, onSave }: AttendanceRowProps) {
  const { t } = useTranslation('networks');
  const [status, setStatus] = useState<NetworkAttendanceStatus>(attendance.status);
  const [people, setPeople] = useState(
    attendance.people === undefined ? '' : String(attendance.people),
  );
  const name = attendance.organization.name;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        {editable ? (
          <select
            className="field__control"
            aria-label={t('attendance.statusOf', { organization: name })}
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as NetworkAttendanceStatus);
            }}
          >
            {attendanceStatuses.map((value) => (
              <option key={value} value={value}>
                {t(`attendanceStatus.${value}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`attendanceStatus.${attendance.status}`)
        )}
      </td>
      <td>
        {editable ? (
          <input
            className="field__control"
            type="number"
            min={0}
            max={1000}
            inputMode="numeric"
            aria-label={t('attendance.peopleOf', { organization: name })}
            value={people}
            onChange={(event) => {
              setPeople(event.target.value);
            }}
          />
        ) : (
          (attendance.people ?? '')
        )}
      </td>
      <td>
        {editable ? (
          <Button
            disabled={saving}
            aria-label={t('attendance.saveFor', { organization: name })}
            onClick={() => {
              onSave(attendance, status, people);
            }}
          >
            {t('attendance.save')}
          </Button>
        ) : null}
      </td>
    </tr>
  );
}

/** Attendance per member: each member records its own; the coordinator takes attendance for all. */
export function AttendanceSection({ network, eventId }: { network: Network; eventId: string }) {
  const { t } = useTranslation('networks');
  const me = useMe();
  const attendance = useAttendance(network.id, eventId);
  const record = useRecordAttendance(network.id, eventId);
  const format = useFormatters();
  const [announcement, setAnnouncement] = useState('');
  const coordinates = plansEvents(me.data, network);

  const save = (row: NetworkAttendance, status: NetworkAttendanceStatus, people: string) => {
    setAnnouncement('');
    const count = people.trim() === '' ? undefined : Number(people);
    record.mutate(
      {
        organizationId: row.organization.id,
        etag: row.recorded ? etagOfVersion(row.version) : undefined,
        input: { status, ...(count === undefined || Number.isNaN(count) ? {} : { people: count }) },
      },
      {
        onSuccess: (saved) => {
          setAnnouncement(t('attendance.saved', { organization: saved.organization.name }));
        },
      },
    );
  };

  return (
    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.heading')}</h2>
      {attendance.isPending ? <Loading /> : null}
      {attendance.isError ? <ProblemAlert error={attendance.error} /> : null}
      {record.isError ? <ProblemAlert error={record.error} /> : null}
      <p role="status">{announcement}</p>
      {attendance.isSuccess ? (
        <>
          <p>
            {t('attendance.people', {
              count: attendance.data.people,
              formatted: format.formatNumber(attendance.data.people),
            })}
          </p>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t('attendance.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('attendance.organization')}</th>
                  <th scope="col">{t('attendance.status')}</th>
                  <th scope="col">{t('attendance.count')}</th>
                  <th scope="col">{t('attendance.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {attendance.data.items.map((row) => (
                  <AttendanceRow
                    // A new version starts the row afresh from what the server has.
                    key={`${row.organization.id}-${String(row.version)}-${String(row.recorded)}`}
                    attendance={row}
                    editable={coordinates || editsFor(me.data, row.organization.id)}
                    saving={record.isPending}
                    onSave={save}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
