import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/i18n/format';
import { useFieldsOfAction } from '@/lib/vocabulary/fields-of-action';

import type { Practice } from '../api/types';

type TextField =
  | 'problem'
  | 'approach'
  | 'successFactors'
  | 'barriers'
  | 'costAndEffort'
  | 'duration'
  | 'transferConditions'
  | 'lessonsLearned';
type FigureField = 'co2eTonnesPerYear' | 'renewableMwhPerYear' | 'materialTonnesPerYear';

/** Every field of a practice, as sections a reader can skim by heading. */
export function PracticeContent({ practice }: { practice: Practice }) {
  const { t } = useTranslation('practices');
  const format = useFormatters();
  const fields = useFieldsOfAction();
  const { context, results } = practice;
  const texts: [TextField, string | undefined][] = [
    ['problem', practice.problem],
    ['approach', practice.approach],
    ['successFactors', practice.successFactors],
    ['barriers', practice.barriers],
    ['costAndEffort', practice.costAndEffort],
    ['duration', practice.duration],
    ['transferConditions', practice.transferConditions],
    ['lessonsLearned', practice.lessonsLearned],
  ];
  const figures: [FigureField, number | undefined][] = [
    ['co2eTonnesPerYear', results.co2eTonnesPerYear],
    ['renewableMwhPerYear', results.renewableMwhPerYear],
    ['materialTonnesPerYear', results.materialTonnesPerYear],
  ];
  const shownFigures = figures.filter(([, value]) => value !== undefined);
  return (
    <>
      {practice.summary ? <p className="lead">{practice.summary}</p> : null}
      <section aria-labelledby="practice-context">
        <h2 id="practice-context">{t('fields.context')}</h2>
        <dl className="details">
          <dt>{t('fields.municipality')}</dt>
          <dd>{context.municipality ?? practice.organizationName}</dd>
          {context.country ? (
            <>
              <dt>{t('fields.country')}</dt>
              <dd>{t(`country.${context.country}`, { defaultValue: context.country })}</dd>
            </>
          ) : null}
          {context.populationBand ? (
            <>
              <dt>{t('fields.populationBand')}</dt>
              <dd>{t(`populationBand.${context.populationBand}`)}</dd>
            </>
          ) : null}
          {context.regionType ? (
            <>
              <dt>{t('fields.regionType')}</dt>
              <dd>{t(`regionType.${context.regionType}`)}</dd>
            </>
          ) : null}
          <dt>{t('fields.maturity')}</dt>
          <dd>{t(`maturity.${practice.maturity}`)}</dd>
          <dt>{t('fields.fieldsOfAction')}</dt>
          <dd>
            {practice.fieldsOfAction.length > 0
              ? practice.fieldsOfAction.map((code) => fields.label(code)).join(', ')
              : t('none')}
          </dd>
          {practice.sdgTargets.length > 0 ? (
            <>
              <dt>{t('fields.sdgTargets')}</dt>
              <dd>{practice.sdgTargets.join(', ')}</dd>
            </>
          ) : null}
          <dt>{t('fields.language')}</dt>
          <dd>{t(`language.${practice.language}`, { defaultValue: practice.language })}</dd>
          <dt>{t('fields.licence')}</dt>
          <dd>{practice.licence}</dd>
          {practice.contactOrganization ? (
            <>
              <dt>{t('fields.contactOrganization')}</dt>
              <dd>{practice.contactOrganization.name}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {results.text || shownFigures.length > 0 ? (
        <section aria-labelledby="practice-results">
          <h2 id="practice-results">{t('fields.results')}</h2>
          {results.text ? <p className="pre-line">{results.text}</p> : null}
          {shownFigures.length > 0 ? (
            <dl className="details">
              {shownFigures.map(([name, value]) => (
                <div key={name}>
                  <dt>{t(`fields.${name}`)}</dt>
                  <dd>{format.formatNumber(value ?? 0)}</dd>
                </div>
              ))}
              {results.basis ? (
                <div>
                  <dt>{t('fields.basis')}</dt>
                  <dd>{t(`basis.${results.basis}`)}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
        </section>
      ) : null}
      {texts
        .filter(([, text]) => text)
        .map(([name, text]) => (
          <section key={name} aria-labelledby={`practice-${name}`}>
            <h2 id={`practice-${name}`}>{t(`fields.${name}`)}</h2>
            <p className="pre-line">{text}</p>
          </section>
        ))}
      {practice.attachments.length > 0 ? (
        <section aria-labelledby="practice-attachments">
          <h2 id="practice-attachments">{t('fields.attachments')}</h2>
          <ul>
            {practice.attachments.map((attachment) => (
              <li key={attachment.url}>
                <a href={attachment.url} rel="noopener noreferrer" target="_blank">
                  {attachment.title}
                  <span className="visually-hidden"> ({t('opensInNewTab')})</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
