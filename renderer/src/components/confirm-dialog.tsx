import type { ReactNode } from 'react';
import { useRef, useState } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { InlineAlert } from './inline-alert';

export interface ConfirmDialogProps {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  /** May reject with an Error whose message is shown in the dialog (which then stays open). */
  onConfirm(): Promise<void>;
  onClose(): void;
}

/** "Are you sure?" with the safe choice focused, so Enter or Esc never destroys anything by accident. */
export function ConfirmDialog({ title, description, confirmLabel, tone = 'danger', onConfirm, onClose }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async (): Promise<void> => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not work. Try again.');
      setPending(false);
    }
  };

  return (
    <Dialog
      title={title}
      description={description}
      onClose={() => !pending && onClose()}
      initialFocus={cancelRef}
      size="sm"
      role="alertdialog"
      footer={
        <>
          <Button ref={cancelRef} onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button variant={tone} pending={pending} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {error && <InlineAlert tone="error">{error}</InlineAlert>}
    </Dialog>
  );
}
