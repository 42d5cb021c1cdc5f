import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/choice-group';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldMessageOf } from '@/lib/api/errors';
import type { Sector } from '@/lib/api/types';
import { isSector, sectors, useVocabulary } from '@/lib/vocabulary/vocabulary';

import { useAddParticipant } from '../api/participants';
import { useStakeholderSearch } from '../api/search-stakeholders';
import type {
  Workshop,
  WorkshopParticipant,
  WorkshopParticipantInput,
  WorkshopParticipantStatus,
} from '../api/types';

interface ParticipantsRegisterProps {
  workshop: Workshop;
  participants: readonly WorkshopParticipant[];
  freeSeats: number;
  /** What happened, for the section to announce. */
  onRegistered: (message: string) => void;
}

type Source = 'register' | 'new';
type Entry = Extract<WorkshopParticipantStatus, 'REGISTERED' | 'INVITED'>;

const SEARCH_DELAY_MS = 250;

function useDebounced(value: string, delay: number) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setDebounced(value);
    }, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [value, delay]);
  return debounced;
}

/**
 * Registers a stakeholder of the register (found by name) or a new one added on the spot. Over
 * the capacity, the API puts the registration on the waitlist, and the message says so.
 */
export function ParticipantsRegister({
  workshop,
  participants,
  freeSeats,
  onRegistered,
}: ParticipantsRegisterProps) {
  const { t } = useTranslation('workshops');
  const { sectorLabel } = useVocabulary();
  const headingId = useId();
  const resultsId = useId();
  const [source, setSource] = useState<Source>('register');
  const [entry, setEntry] = useState<Entry>('REGISTERED');
  const [q, setQ] = useState('');
  const [name, setName] = useState('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [sectorMissing, setSectorMissing] = useState(false);
  const query = useDebounced(q.trim(), SEARCH_DELAY_MS);
  const search = useStakeholderSearch(workshop.organizationId, query);
  const add = useAddParticipant();

  const taking = new Set(participants.map((participant) => participant.stakeholder.id));
  const results = (search.data ?? []).filter((stakeholder) => !taking.has(stakeholder.id));
  const fieldError = (field: string) => fieldMessageOf(add.error, field);

  const register = (input: WorkshopParticipantInput, label: string, onDone?: () => void) => {
    add.mutate(
      { workshopId: workshop.id, input: { ...input, status: entry } },
      {
        onSuccess: (added) => {
          onDone?.();
          onRegistered(
            added.status === 'WAITLIST'
              ? t('participants.toWaitlist', { name: label })
              : t('participants.added', {
                  name: label,
                  status: t(`participants.status.${added.status}`),
                }),
          );
        },
      },
    );
  };

  return (
    <div className="participants__register" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('participants.register.heading')}</h3>
      {freeSeats === 0 ? <p>{t('participants.register.full')}</p> : null}
      <RadioGroupField
        legend={t('participants.register.source')}
        name={`${headingId}-source`}
        inline
        value={source}
        options={[
          { value: 'register', label: t('participants.register.fromRegister') },
          { value: 'new', label: t('participants.register.newStakeholder') },
        ]}
        onChange={(value) => {
          add.reset();
          setSource(value === 'new' ? 'new' : 'register');
        }}
      />
      <RadioGroupField
        legend={t('participants.register.entry')}
        name={`${headingId}-entry`}
        inline
        value={entry}
        options={[
          { value: 'REGISTERED', label: t('participants.status.REGISTERED') },
          { value: 'INVITED', label: t('participants.status.INVITED') },
        ]}
        onChange={(value) => {
          setEntry(value === 'INVITED' ? 'INVITED' : 'REGISTERED');
        }}
      />
      {source === 'register' ? (
        <>
          <TextField
            type="search"
            label={t('participants.register.search')}
            hint={t('participants.register.searchHint')}
            value={q}
            aria-controls={resultsId}
            autoComplete="off"
            onChange={(event) => {
              setQ(event.target.value);
            }}
          />
          <p role="status" className="list-status">
            {query === ''
              ? ''
              : search.isFetching
                ? t('participants.register.searching')
                : t('participants.register.results', { count: results.length })}
          </p>
          <ul id={resultsId} className="participants__results">
            {query === ''
              ? null
              : results.map((stakeholder) => (
                  <li key={stakeholder.id}>
                    <span>
                      {stakeholder.name}{' '}
                      <span className="participants__sector">
                        ({sectorLabel(stakeholder.sector)})
                      </span>
                    </span>
                    <Button
                      variant="secondary"
                      disabled={add.isPending}
                      aria-label={t('participants.register.registerNamed', {
                        name: stakeholder.name,
                      })}
                      onClick={() => {
                        register({ stakeholderId: stakeholder.id }, stakeholder.name);
                      }}
                    >
                      {t('participants.register.registerShort')}
                    </Button>
                  </li>
                ))}
          </ul>
          {search.error ? <ProblemAlert error={search.error} /> : null}
        </>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!isSector(sector)) {
              setSectorMissing(true);
              return;
            }
            const trimmed = name.trim();
            register({ newStakeholder: { name: trimmed, sector } }, trimmed, () => {
              setName('');
              setSector('');
            });
          }}
        >
          <TextField
            label={t('participants.register.name')}
            required
            maxLength={200}
            value={name}
            error={fieldError('name')}
            onChange={(event) => {
              setName(event.target.value);
            }}
          />
          <SelectField
            label={t('participants.register.sector')}
            required
            value={sector}
            error={
              sectorMissing && sector === ''
                ? t('participants.register.sectorMissing')
                : fieldError('sector')
            }
            options={[
              { value: '', label: t('participants.register.chooseSector') },
              ...sectors.map((value) => ({ value, label: sectorLabel(value) })),
            ]}
            onChange={(event) => {
              const value = event.target.value;
              setSector(isSector(value) ? value : '');
            }}
          />
          <div className="button-row">
            <Button type="submit" variant="primary" disabled={add.isPending}>
              {t('participants.register.submitNew')}
            </Button>
          </div>
        </form>
      )}
      {add.error ? <ProblemAlert error={add.error} hideFields={['name', 'sector']} /> : null}
    </div>
  );
}
