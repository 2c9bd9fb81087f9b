import type { Ref } from 'react';
import type { PackageView } from '../../../../shared/domain/packages';
import { Button } from '../../components/button';
import { PlusIcon } from '../../components/icons';
import { PackageProgressList } from './package-progress';
import { PackageResult } from './package-result';
import { usePackagesStore } from './packages-store';

/** The last step: live progress while the package is created, then its result and what next. */
export function WizardCreateStep({ summary, result, headingRef, onResult, onStartOver }: { summary: string; result: PackageView | null; headingRef: Ref<HTMLHeadingElement>; onResult(view: PackageView): void; onStartOver(): void }) {
  const run = usePackagesStore((s) => s.run);
  return (
    <section className="wizard-step card" aria-labelledby="pkg-create-title">
      <header className="wizard-step__head">
        <h2 id="pkg-create-title" className="wizard-step__title" tabIndex={-1} ref={headingRef}>
          {result ? 'Result' : `Creating “${summary.trim()}”…`}
        </h2>
        {!result && <p className="wizard-step__description">Parents first, then their children in bulk, then the links between the parents. You can leave this page: it goes on.</p>}
      </header>
      {run && run.kind === 'create' && <PackageProgressList run={run} />}
      {result && <PackageResult view={result} onChange={onResult} />}
      {result && (
        <footer className="wizard-step__actions u-row">
          <Button variant="primary" icon={<PlusIcon />} onClick={onStartOver}>
            New package
          </Button>
          <Button onClick={() => usePackagesStore.getState().setTab('history')}>Open history</Button>
        </footer>
      )}
    </section>
  );
}
