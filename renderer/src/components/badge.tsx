import type { ReactNode } from 'react';

export function Badge({ tone = 'neutral', children, title }: { tone?: 'neutral' | 'success' | 'danger' | 'accent'; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {tone !== 'accent' && <span className="badge__dot" aria-hidden="true" />}
      {children}
    </span>
  );
}
