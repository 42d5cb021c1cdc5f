import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { LinkButton } from '@/components/ui/link-button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe, writableOrganizations } from '@/lib/auth/me';
import { useFormatters } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useWorkshops } from '../api/get-workshops';
import type { WorkshopFilters } from '../api/query-keys';
import { isWorkshopStatus, upcomingFirst, workshopStatuses, statusTone } from '../utils/workshops';

function filtersFrom(params: URLSearchParams): WorkshopFilters {
  const status = params.get('status');
  return {
    status: isWorkshopStatus(status) ? status : undefined,
    q: params.get('q') ?? undefined,
  };
}

export function WorkshopsListRoute() {
  const { t } = useTranslation('workshops');
  useDocumentTitle(t('list.heading'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const workshops = useWorkshops(filters);
  const format = useFormatters();
  const [status, setStatus] = useState<string>(filters.status ?? '');
  const [q, setQ] = useState(filters.q ?? '');
  const captionId = useId();
  const me = useMe();
  const canPlan = writableOrganizations(me.data).length > 0;

  const items = upcomingFirst(
    workshops.data?.pages.flatMap((page) => page.items) ?? [],
    new Date(),
  );

  return (
    <>
      <div className="page-header">
        <h1>{t('list.heading')}</h1>
        {canPlan ? (
          <LinkButton to="/workshops/new" variant="primary">
            {t('form.planButton')}
          </LinkButton>
        ) : null}
      </div>
      <p className="lead">{t('list.intro')}</p>
      <form
        role="search"
        aria-label={t('filters.label')}
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const params = new URLSearchParams();
          if (status) params.set('status', status);
          if (q.trim()) params.set('q', q.trim());
          setSearchParams(params);
        }}
      >
        <SelectField
          label={t('filters.status')}
          value={status}
          options={[
            { value: '', label: t('filters.anyStatus') },
            ...workshopStatuses.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
          onChange={(event) => {
            setStatus(event.target.value);
          }}
        />
        <TextField
          label={t('filters.q')}
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
          }}
        />
        <Button type="submit" variant="secondary">
          {t('filters.apply')}
        </Button>
      </form>

      {workshops.isPending ? <Loading /> : null}
      {workshops.isError ? <ProblemAlert error={workshops.error} /> : null}
      {workshops.isSuccess && items.length === 0 ? <p>{t('list.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption id={captionId} className="visually-hidden">
              {t('list.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.title')}</th>
                <th scope="col">{t('columns.time')}</th>
                <th scope="col">{t('columns.format')}</th>
                <th scope="col">{t('columns.seats')}</th>
                <th scope="col">{t('columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((workshop) => (
                <tr key={workshop.id}>
                  <th scope="row">
                    <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
                  </th>
                  <td>{format.formatEventTime(workshop.startsAt, workshop.timeZone)}</td>
                  <td>{t(`format.${workshop.format}`)}</td>
                  <td>
                    {t('list.seats', {
                      taken: workshop.seatsTaken,
                      capacity: workshop.capacity,
                    })}
                    {workshop.waitlisted > 0
                      ? ` ${t('list.waitlisted', { count: workshop.waitlisted })}`
                      : ''}
                  </td>
                  <td>
                    <Badge tone={statusTone[workshop.status]}>
                      {t(`status.${workshop.status}`)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {workshops.hasNextPage ? (
        <Button
          type="button"
          variant="secondary"
          disabled={workshops.isFetchingNextPage}
          onClick={() => {
            void workshops.fetchNextPage();
          }}
        >
          {t('list.more')}
        </Button>
      ) : null}
    </>
  );
}
