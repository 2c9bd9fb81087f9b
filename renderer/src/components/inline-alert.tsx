import type { ReactNode } from 'react';
import { AlertIcon, CheckIcon } from './icons';

/**
 * A message next to what it is about. Errors use role="alert" so a screen reader reads them the
 * moment they appear; the text is main's plain-words message, shown as is.
 */
export function InlineAlert({ tone, title, children, id }: { tone: 'error' | 'success' | 'info'; title?: string; children: ReactNode; id?: string }) {
  return (
    <div id={id} className={`inline-alert inline-alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="inline-alert__icon">{tone === 'success' ? <CheckIcon /> : <AlertIcon />}</span>
      <div className="inline-alert__text">
        {title && <strong className="inline-alert__title">{title}</strong>}
        <span>{children}</span>
      </div>
    </div>
  );
}
