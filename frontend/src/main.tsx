import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';
import { StartupError } from '@/app/startup-error';
import { createApiClient } from '@/lib/api/client';
import { SignInUnavailableError, startKeycloakSession } from '@/lib/auth/keycloak';
import { loadRuntimeConfig } from '@/lib/config/runtime-config';
import { i18n, initI18n } from '@/lib/i18n/i18n';

import './styles/index.css';
import './styles/projects.css';
import './styles/practices.css';

async function start() {
  const container = document.getElementById('root');
  if (!container) {
    throw new Error('Missing #root element');
  }
  const root = createRoot(container);
  await initI18n();
  try {
    const config = await loadRuntimeConfig();
    const auth = await startKeycloakSession(config);
    const api = createApiClient({
      baseUrl: config.apiBaseUrl,
      getToken: auth.getToken,
      getLanguage: () => i18n.language,
    });
    root.render(
      <StrictMode>
        <App api={api} auth={auth} />
      </StrictMode>,
    );
  } catch (error) {
    console.error('Start-up failed', error);
    root.render(
      <StrictMode>
        <StartupError
          failure={error instanceof SignInUnavailableError ? 'sign-in-unavailable' : 'start-up'}
        />
      </StrictMode>,
    );
  }
}

void start();
