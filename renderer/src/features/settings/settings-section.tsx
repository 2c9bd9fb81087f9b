import type { ReactNode } from 'react';

export function SettingsSection({ id, icon, title, description, actions, children }: { id: string; icon: ReactNode; title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const headingId = `settings-${id}`;
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <header className="section-head">
        <span className="section-head__icon settings-section__icon">{icon}</span>
        <div className="section-head__titles">
          <h2 id={headingId} className="section-head__title">
            {title}
          </h2>
          {description && <p className="settings-section__description u-muted">{description}</p>}
        </div>
        {actions && <div className="settings-section__actions">{actions}</div>}
      </header>
      <div className="settings-section__body">{children}</div>
    </section>
  );
}
