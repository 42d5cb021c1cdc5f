import { Link, type LinkProps } from 'react-router';

import type { ButtonVariant } from './button';

interface LinkButtonProps extends LinkProps {
  variant?: ButtonVariant;
}

/** A navigation link that looks like a button (it still navigates, so it stays a link). */
export function LinkButton({ variant = 'secondary', className, ...props }: LinkButtonProps) {
  return (
    <Link
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      {...props}
    />
  );
}
