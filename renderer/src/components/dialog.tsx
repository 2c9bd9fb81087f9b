import type { ReactNode, RefObject } from 'react';
import { useEffect, useId, useRef } from 'react';
import { XIcon } from './icons';

export interface DialogProps {
  title: string;
  description?: ReactNode;
  onClose(): void;
  children?: ReactNode;
  footer?: ReactNode;
  /** Where focus goes on open; the first focusable element otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  size?: 'sm' | 'md';
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the rest of the page inert
 * and turns Esc into `cancel`. Mount it to open it, unmount it to close it; focus returns to
 * whatever had it before.
 */
export function Dialog({ title, description, onClose, children, footer, initialFocus, size = 'md', role = 'dialog' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      previous?.focus?.();
    };
  }, [initialFocus]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onCloseRef.current();
      }}
      // Chrome may force-close on a repeated Esc; keep React's state in step when it does.
      onClose={() => onCloseRef.current()}
      onMouseDown={(e) => {
        // A press on the backdrop (the <dialog> box itself, outside its content) dismisses.
        if (e.target === ref.current) onCloseRef.current();
      }}
    >
      <div className="dialog__content">
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="btn btn--ghost btn--icon btn--sm dialog__close" aria-label="Close" title="Close (Esc)" onClick={() => onCloseRef.current()}>
            <XIcon />
          </button>
        </header>
        {description && (
          <div id={descriptionId} className="dialog__description">
            {description}
          </div>
        )}
        {children && <div className="dialog__body">{children}</div>}
        {footer && <footer className="dialog__footer">{footer}</footer>}
      </div>
    </dialog>
  );
}
