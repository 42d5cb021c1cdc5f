import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import type { StrategyVersionSummary } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import {
  type OutlineChoice,
  useOutlineSnapshot,
  useStrategyVersions,
} from '../api/get-strategy-versions';
import { diffOutlines, type FieldDiff, isEmptyDiff, type ItemDiff } from '../utils/outline-diff';
import { useEnumLabel } from '../utils/use-enum-label';

interface StrategyVersionsProps {
  strategyId: string;
}

/**
 * The versions each adoption froze, and what changed between two of them, or between one and the
 * outline as it is now. Loaded when the reader opens the section.
 */
export function StrategyVersions({ strategyId }: StrategyVersionsProps) {
  const { t } = useTranslation('strategies');
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const versions = useStrategyVersions(strategyId, open);

  return (
    <section aria-labelledby={`${regionId}-heading`} className="strategy-versions">
      <h2 id={`${regionId}-heading`}>{t('versions.heading')}</h2>
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {open ? t('versions.hide') : t('versions.show')}
      </Button>
      <div id={regionId} hidden={!open}>
        {open && versions.isPending ? <Loading label={t('versions.loading')} /> : null}
        {versions.isError ? <ProblemAlert error={versions.error} /> : null}
        {versions.isSuccess && versions.data.length === 0 ? <p>{t('versions.empty')}</p> : null}
        {versions.isSuccess && versions.data.length > 0 ? (
          <>
            <VersionTable versions={versions.data} />
            <VersionComparison strategyId={strategyId} versions={versions.data} />
          </>
        ) : null}
      </div>
    </section>
  );
}

function VersionTable({ versions }: { versions: StrategyVersionSummary[] }) {
  const { t } = useTranslation('strategies');
  const { formatDate } = useFormatters();
  return (
    <table>
      <caption>{t('versions.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('versions.number')}</th>
          <th scope="col">{t('versions.decidedOn')}</th>
          <th scope="col">{t('versions.decision')}</th>
          <th scope="col">{t('versions.adoptedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.number}>
            <th scope="row">{t('versions.label', { number: v.number })}</th>
            <td>
              <time dateTime={v.decidedOn}>{formatDate(v.decidedOn)}</time>
            </td>
            <td>
              {v.decisionBody}, {v.decisionReference}
            </td>
            <td>{v.adoptedBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const parseChoice = (value: string): OutlineChoice =>
  value === 'current' ? 'current' : Number(value);

function VersionComparison({
  strategyId,
  versions,
}: {
  strategyId: string;
  versions: StrategyVersionSummary[];
}) {
  const { t } = useTranslation('strategies');
  const id = useId();
  const newest = versions[0]?.number ?? 1;
  const [from, setFrom] = useState<OutlineChoice>(newest);
  const [to, setTo] = useState<OutlineChoice>('current');
  const before = useOutlineSnapshot(strategyId, from);
  const after = useOutlineSnapshot(strategyId, to);

  const options = [
    ...versions.map((v) => (
      <option key={v.number} value={v.number}>
        {t('versions.label', { number: v.number })}
      </option>
    )),
    <option key="current" value="current">
      {t('versions.current')}
    </option>,
  ];

  return (
    <div className="strategy-versions__compare" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>{t('versions.compare')}</h3>
      <div className="button-row">
        <label htmlFor={`${id}-from`}>{t('versions.from')}</label>
        <select
          id={`${id}-from`}
          value={String(from)}
          onChange={(event) => {
            setFrom(parseChoice(event.target.value));
          }}
        >
          {options}
        </select>
        <label htmlFor={`${id}-to`}>{t('versions.to')}</label>
        <select
          id={`${id}-to`}
          value={String(to)}
          onChange={(event) => {
            setTo(parseChoice(event.target.value));
          }}
        >
          {options}
        </select>
      </div>
      <div aria-live="polite">
        {before.isPending || after.isPending ? <Loading label={t('versions.comparing')} /> : null}
        {before.isError ? <ProblemAlert error={before.error} /> : null}
        {after.isError ? <ProblemAlert error={after.error} /> : null}
        {before.isSuccess && after.isSuccess ? (
          <DiffView diff={diffOutlines(before.data, after.data)} />
        ) : null}
      </div>
    </div>
  );
}

function DiffView({ diff }: { diff: ReturnType<typeof diffOutlines> }) {
  const { t } = useTranslation('strategies');
  if (isEmptyDiff(diff)) {
    return <p>{t('versions.same')}</p>;
  }
  return (
    <>
      {diff.strategy.length > 0 ? (
        <FieldTable caption={t('versions.strategyChanges')} fields={diff.strategy} />
      ) : null}
      <ItemList heading={t('versions.components')} items={diff.components} />
      <ItemList heading={t('versions.indicators')} items={diff.indicators} />
    </>
  );
}

function FieldTable({ caption, fields }: { caption: string; fields: FieldDiff[] }) {
  const { t } = useTranslation('strategies');
  const enumLabel = useEnumLabel();
  const shown = (field: FieldDiff, value: string) =>
    (field.enum ? enumLabel(field.enum, value) : value) || t('versions.none');
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('versions.field')}</th>
          <th scope="col">{t('versions.before')}</th>
          <th scope="col">{t('versions.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.field}>
            <th scope="row">{t(`versions.fields.${f.field}`, { defaultValue: f.field })}</th>
            <td>{shown(f, f.before)}</td>
            <td>{shown(f, f.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ItemList({ heading, items }: { heading: string; items: ItemDiff[] }) {
  const { t } = useTranslation('strategies');
  if (items.length === 0) {
    return null;
  }
  return (
    <>
      <h4>{heading}</h4>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <p>{t(`versions.change.${item.change}`, { title: item.title })}</p>
            {item.fields.length > 0 ? (
              <FieldTable
                caption={t('versions.itemChanges', { title: item.title })}
                fields={item.fields}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
