import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { i18n } from '@/lib/i18n/i18n';

import { StartupError } from './startup-error';

describe('StartupError', () => {
  it('saysThatSignInIsUnavailableAndRetries', async () => {
    const retry = vi.fn();
    render(<StartupError failure="sign-in-unavailable" onRetry={retry} />);

    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', { level: 1, name: 'Sign-in is unavailable right now' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('The sign-in service cannot be reached at the moment');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('saysSoInGermanAndDanish', async () => {
    await i18n.changeLanguage('de');
    const { unmount } = render(<StartupError failure="sign-in-unavailable" onRetry={vi.fn()} />);
    expect(
      screen.getByRole('heading', { name: 'Die Anmeldung ist gerade nicht möglich' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    unmount();

    await i18n.changeLanguage('da');
    render(<StartupError failure="sign-in-unavailable" onRetry={vi.fn()} />);
    expect(
      screen.getByRole('heading', { name: 'Login er ikke muligt lige nu' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
  });

  it('keepsTheGeneralMessageForOtherFailures', () => {
    render(<StartupError onRetry={vi.fn()} />);
    expect(
      screen.getByRole('heading', { name: 'Circular City Hub could not start' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Sign-in is unavailable/)).not.toBeInTheDocument();
  });
});
