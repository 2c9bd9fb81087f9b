import { ProgressBar } from '../../components/progress-bar';
import type { PackageRun } from './packages-store';
import { phaseWords } from './package-format';

/** One row per target: where it is and how many of its issues exist so far. */
export function PackageProgressList({ run }: { run: PackageRun }) {
  return (
    <ul className="pkg-progress" aria-label="Package progress">
      {run.targets.map((t, i) => {
        const p = run.progress[i] ?? null;
        const done = p?.phase === 'done';
        const tone = done ? (p.created === p.total ? 'success' : 'danger') : 'accent';
        const label = `${t.instanceName} · ${t.projectKey}`;
        return (
          <li key={i} className="pkg-progress__item" aria-label={label} data-phase={p?.phase ?? 'checking'}>
            <div className="pkg-progress__line">
              <strong className="pkg-progress__name">{t.instanceName}</strong>
              <span className="pkg-progress__project">{t.projectKey}</span>
              <span className="pkg-progress__words u-muted">{phaseWords(p)}</span>
            </div>
            <ProgressBar label={`Progress of ${label}`} value={p ? p.created : null} max={p ? p.total : null} tone={tone} valueText={phaseWords(p)} />
          </li>
        );
      })}
    </ul>
  );
}
