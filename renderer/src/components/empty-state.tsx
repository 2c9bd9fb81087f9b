import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  /** What this page will do and what to do now — specific, never "coming soon". */
  children: ReactNode;
  action?: ReactNode;
  hint?: ReactNode;
}

export function EmptyState({ icon, title, children, action, hint }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <div className="empty-state__icon">{icon}</div>
      <h2 id="empty-state-title" className="empty-state__title">
        {title}
      </h2>
      <div className="empty-state__text">{children}</div>
      {action && <div className="empty-state__action u-row">{action}</div>}
      {hint && <div className="empty-state__hint u-hint">{hint}</div>}
    </section>
  );
}
