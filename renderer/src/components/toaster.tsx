import { useToastStore } from '../stores/toast-store';
import { AlertIcon, CheckIcon, XIcon } from './icons';

/** Bottom-right confirmations, announced politely; errors that need action are inline instead. */
export function Toaster() {
  const toasts = useToastStore((s) => s.toasts);
  const dismiss = useToastStore((s) => s.dismiss);
  return (
    <div className="toaster" role="status" aria-live="polite" aria-label="Notifications">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast--${t.tone}`}>
          <span className="toast__icon">{t.tone === 'success' ? <CheckIcon /> : <AlertIcon />}</span>
          <span className="toast__message">
            {t.message}
            {t.detail && <span className="toast__detail u-muted">{t.detail}</span>}
          </span>
          {t.action && (
            <button
              type="button"
              className="toast__action"
              onClick={() => {
                t.action?.run();
                dismiss(t.id);
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
            <XIcon size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
