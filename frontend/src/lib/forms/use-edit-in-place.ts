import { useEffect, useRef, useState } from 'react';

/**
 * A record shown read-only until its Edit button swaps in a form. Closing the form gives the
 * keyboard back to that Edit button; discarding (after a reload) leaves focus to the caller.
 */
export function useEditInPlace() {
  const [editing, setEditing] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [editing]);

  return {
    editing,
    triggerRef,
    open: () => {
      setEditing(true);
    },
    close: () => {
      returnFocus.current = true;
      setEditing(false);
    },
    discard: () => {
      setEditing(false);
    },
  };
}
