import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

interface DialogProps {
  title: string;
  /** Escape, and whatever the content offers to step back. */
  onClose: () => void;
  /** The control to focus first; otherwise the first focusable element of the dialog. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog (WAI-ARIA dialog pattern): rendered while mounted, labelled by its title, keeps
 * Tab inside, closes on Escape, makes the rest of the page inert, and gives focus back to where it
 * was when it closes (if that element is still there; otherwise the caller moves focus).
 */
export function Dialog({ title, onClose, initialFocusRef, children }: DialogProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = dialogRef.current;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // The dialog answers Escape; whatever contains it must not close as well.
        event.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab' || !dialog) {
        return;
      }
      const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    dialog?.addEventListener('keydown', handleKeyDown);
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const host = dialogRef.current?.closest<HTMLElement>('.dialog-backdrop');
    // Everything else on the page is out of reach while the dialog is open.
    const others = [...document.body.children].filter(
      (element) => element !== host && !element.hasAttribute('inert'),
    );
    for (const element of others) {
      element.setAttribute('inert', '');
    }
    const first =
      initialFocusRef?.current ?? dialogRef.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      dialog?.removeEventListener('keydown', handleKeyDown);
      for (const element of others) {
        element.removeAttribute('inert');
      }
      if (opener?.isConnected) {
        opener.focus();
      }
    };
    // Runs once per opening: the dialog is mounted while open, and the ref object is stable.
  }, [initialFocusRef]);

  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
