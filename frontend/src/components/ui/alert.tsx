import type { ReactNode } from 'react';

type AlertTone = 'error' | 'warning' | 'success' | 'info';

interface AlertProps {
  tone: AlertTone;
  title?: string;
  children?: ReactNode;
  id?: string;
}

/**
 * Errors and warnings interrupt (role="alert"); success and info messages are polite
 * (role="status").
 */
export function Alert({ tone, title, children, id }: AlertProps) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div id={id} role={role} className={`alert alert--${tone}`}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}
