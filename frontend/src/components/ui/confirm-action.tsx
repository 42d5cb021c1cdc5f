import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

import { Button } from './button';

interface ConfirmActionProps {
  /** Content of the button that asks for confirmation (may include visually hidden context). */
  trigger: ReactNode;
  /** The trigger's accessible name when its visible text needs context, e.g. "Remove <name>". */
  triggerLabel?: string;
  heading: string;
  text: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  onConfirm: () => void;
  /** Called when the user steps back; clear a failed attempt here. */
  onCancel?: () => void;
  /** Extra class for the trigger button, for example to match a toolbar of small buttons. */
  triggerClassName?: string;
}

/**
 * A destructive action that asks in place before it runs: the confirmation takes focus, and
 * cancelling returns focus to the button that opened it.
 */
export function ConfirmAction({
  trigger,
  triggerLabel,
  heading,
  text,
  confirmLabel,
  cancelLabel,
  pending,
  onConfirm,
  onCancel,
  triggerClassName,
}: ConfirmActionProps) {
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) {
      headingRef.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [confirming]);

  if (!confirming) {
    return (
      <Button
        ref={triggerRef}
        variant="danger"
        className={triggerClassName}
        aria-label={triggerLabel}
        onClick={() => {
          setConfirming(true);
        }}
      >
        {trigger}
      </Button>
    );
  }
  return (
    <div className="confirm-panel" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <div className="confirm-panel__text">{text}</div>
      <div className="button-row">
        <Button variant="danger" disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button
          onClick={() => {
            returnFocus.current = true;
            onCancel?.();
            setConfirming(false);
          }}
        >
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
