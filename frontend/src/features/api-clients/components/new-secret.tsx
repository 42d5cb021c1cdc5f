import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { MachineClient } from '@/lib/api/types';

interface NewSecretProps {
  client: MachineClient;
  onDone: () => void;
}

/**
 * The only moment the secret is visible: it takes focus so that screen readers read the warning
 * first, and it stays until the admin says they have stored it.
 */
export function NewSecret({ client, onDone }: NewSecretProps) {
  const { t } = useTranslation('apiClients');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'clientId' | 'secret' | 'failed' | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copy = (what: 'clientId' | 'secret', text: string) => {
    navigator.clipboard.writeText(text).then(
      () => {
        setCopied(what);
      },
      () => {
        setCopied('failed');
      },
    );
  };

  return (
    <section aria-labelledby="api-client-secret-heading" className="actions-panel">
      <h2 id="api-client-secret-heading" ref={headingRef} tabIndex={-1}>
        {t('secret.heading', { name: client.name })}
      </h2>
      <Alert tone="warning" title={t('secret.warningTitle')}>
        <p>{t('secret.warning')}</p>
      </Alert>
      <dl className="details">
        <div>
          <dt>{t('columns.clientId')}</dt>
          <dd>
            <code data-testid="new-client-id">{client.clientId}</code>{' '}
            <Button
              aria-label={t('secret.copyClientId')}
              onClick={() => {
                copy('clientId', client.clientId);
              }}
            >
              {t('secret.copy')}
            </Button>
          </dd>
        </div>
        <div>
          <dt>{t('secret.label')}</dt>
          <dd>
            <code data-testid="new-client-secret">{client.clientSecret}</code>{' '}
            <Button
              aria-label={t('secret.copySecret')}
              onClick={() => {
                copy('secret', client.clientSecret ?? '');
              }}
            >
              {t('secret.copy')}
            </Button>
          </dd>
        </div>
      </dl>
      <p aria-live="polite">
        {copied === 'failed'
          ? t('secret.copyFailed')
          : copied
            ? t(copied === 'secret' ? 'secret.copiedSecret' : 'secret.copiedClientId')
            : ''}
      </p>
      <p>{t('secret.howTo')}</p>
      <Button variant="primary" onClick={onDone}>
        {t('secret.done')}
      </Button>
    </section>
  );
}
