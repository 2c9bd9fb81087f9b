import { useEffect, useRef, useState } from 'react';
import type { InstanceView } from '../../../../shared/domain/instance';
import type { PackageCreateInput, PackageView, TemplateView } from '../../../../shared/domain/packages';
import { MAX_SUMMARY } from '../../../../shared/domain/packages';
import { call } from '../../api';
import { errorMessage } from '../../api-error';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { AlertIcon, PackageIcon, PlusIcon, PulseIcon, XIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { TextField } from '../../components/text-field';
import { siteLabel } from '../../format';
import { usePackagesStore } from './packages-store';
import { fillSummary, plural } from './package-format';
import type { CheckState, Step, TargetDraft, TargetErrors } from './package-wizard-state';
import { STEPS } from './package-wizard-state';
import { TestResult } from './target-test-result';
import { StepForm } from './wizard-step-form';
import { WizardCreateStep } from './wizard-create-step';
import { WizardNav } from './wizard-nav';

let nextTargetKey = 1;
const newTarget = (instanceId: string): TargetDraft => ({ key: nextTargetKey++, instanceId, projectKey: '', excluded: [], test: { pending: false, report: null, error: null } });

/** New package: template → summary → targets → preview and check → create → result. */
export function PackageWizard({ templates, instances }: { templates: TemplateView[]; instances: InstanceView[] }) {
  const create = usePackagesStore((s) => s.create);
  const run = usePackagesStore((s) => s.run);
  const [step, setStep] = useState<Step>('template');
  const [templateId, setTemplateId] = useState<string>(templates[0]?.id ?? '');
  const [summary, setSummary] = useState('');
  const [summaryError, setSummaryError] = useState<string | undefined>();
  const [targets, setTargets] = useState<TargetDraft[]>(() => [newTarget(instances[0]?.id ?? '')]);
  const [targetErrors, setTargetErrors] = useState<Record<number, TargetErrors>>({});
  const [check, setCheck] = useState<CheckState>({ status: 'idle' });
  const [createError, setCreateError] = useState<string | null>(null);
  const [result, setResult] = useState<PackageView | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkRef = useRef<HTMLButtonElement>(null);
  const firstStep = useRef(true);

  const template = templates.find((t) => t.id === templateId) ?? null;

  // A template deleted meanwhile: fall back to the first one.
  useEffect(() => {
    if (!template && templates[0] && step !== 'create') setTemplateId(templates[0].id);
  }, [template, templates, step]);

  // Each step starts with its heading focused, so screen readers announce it and Tab goes on from there.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    if (step === 'preview') checkRef.current?.focus();
    else if (step !== 'summary' && step !== 'targets') headingRef.current?.focus();
  }, [step]);

  const chosenElements = (t: TargetDraft): number[] => (template ? template.elements.map((_, i) => i).filter((i) => !t.excluded.includes(i)) : []);

  const input = (): PackageCreateInput => ({
    templateId,
    summary,
    targets: targets.map((t) => {
      const chosen = chosenElements(t);
      return { instanceId: t.instanceId, projectKey: t.projectKey, ...(template && chosen.length < template.elements.length ? { elements: chosen } : {}) };
    }),
  });
  const inputKey = JSON.stringify(input());

  const instanceName = (id: string): string => instances.find((i) => i.id === id)?.name ?? 'Removed instance';

  const patchTarget = (key: number, p: Partial<TargetDraft>): void => {
    setTargets((ts) => ts.map((t) => (t.key === key ? { ...t, ...p } : t)));
    setTargetErrors((errs) => {
      const { [key]: _dropped, ...rest } = errs;
      void _dropped;
      return rest;
    });
  };

  const goSummary = (): void => {
    if (!template) return;
    setStep('summary');
  };

  const goTargets = (): void => {
    const s = summary.trim();
    if (!s) return setSummaryError('Give the package a summary: it becomes the summary of every parent issue.');
    if (s.length > MAX_SUMMARY) return setSummaryError(`The summary can be at most ${MAX_SUMMARY} characters (Jira's limit).`);
    setSummaryError(undefined);
    setStep('targets');
  };

  const goPreview = (): void => {
    const errs: typeof targetErrors = {};
    const seen = new Map<string, number>();
    targets.forEach((t, i) => {
      const e: (typeof errs)[number] = {};
      if (!t.instanceId || !instances.some((x) => x.id === t.instanceId)) e.instance = 'Choose the Jira instance of this target.';
      const key = t.projectKey.trim().toUpperCase();
      if (!key) e.project = 'Name the Jira project by its key, e.g. "OPS".';
      else if (seen.has(`${t.instanceId}|${key}`)) e.project = `Project ${key} is already target ${(seen.get(`${t.instanceId}|${key}`) ?? 0) + 1} on this instance.`;
      seen.set(`${t.instanceId}|${key}`, i);
      if (chosenElements(t).length === 0) e.elements = 'Choose at least one element.';
      if (Object.keys(e).length) errs[t.key] = e;
    });
    setTargetErrors(errs);
    if (targets.length === 0 || Object.keys(errs).length > 0) {
      const firstBad = targets.find((t) => errs[t.key]);
      if (firstBad) document.getElementById(`target-${firstBad.key}-project`)?.focus();
      return;
    }
    setStep('preview');
  };

  const runCheck = async (): Promise<void> => {
    const key = inputKey;
    setCheck({ status: 'checking', input: key });
    setCreateError(null);
    try {
      const problems = await call('packages.check', input());
      setCheck({ status: 'done', input: key, problems });
    } catch (e) {
      setCheck({ status: 'error', input: key, message: errorMessage(e) });
    }
  };

  const checked = check.status === 'done' && check.input === inputKey && check.problems.length === 0;

  const doCreate = async (): Promise<void> => {
    if (!checked || run) return;
    setCreateError(null);
    setResult(null);
    setStep('create');
    try {
      const view = await create(
        input(),
        targets.map((t) => ({ instanceName: instanceName(t.instanceId), projectKey: t.projectKey.trim().toUpperCase() })),
      );
      setResult(view);
    } catch (e) {
      // Refused before anything was created (e.g. a project removed since the check): back to the check.
      setCreateError(errorMessage(e));
      setCheck({ status: 'idle' });
      setStep('preview');
    }
  };

  const startOver = (): void => {
    setResult(null);
    setSummary('');
    setCheck({ status: 'idle' });
    setCreateError(null);
    setStep('summary');
  };

  const testTarget = async (t: TargetDraft): Promise<void> => {
    if (!t.instanceId) return;
    patchTarget(t.key, { test: { pending: true, report: null, error: null } });
    try {
      const report = await call('instances.test', { id: t.instanceId });
      setTargets((ts) => ts.map((x) => (x.key === t.key ? { ...x, test: { pending: false, report, error: null } } : x)));
    } catch (e) {
      setTargets((ts) => ts.map((x) => (x.key === t.key ? { ...x, test: { pending: false, report: null, error: errorMessage(e) } } : x)));
    }
  };

  const stepIndex = STEPS.findIndex((s) => s.id === step);
  const locked = step === 'create';

  const back = (to: Step) => (
    <Button onClick={() => setStep(to)} disabled={locked}>
      Back
    </Button>
  );

  return (
    <div className="wizard">
      <WizardNav stepIndex={stepIndex} created={result !== null} locked={locked} onStep={setStep} />

      {step === 'template' && (
        <StepForm title="Choose a template" description="The parent issue and the child issues to create on every target." onSubmit={goSummary} headingRef={headingRef} actions={<Button type="submit" variant="primary" disabled={!template}>Continue</Button>}>
          <div className="tpl-choices" role="radiogroup" aria-label="Template">
            {templates.map((t) => (
              <label key={t.id} className={['tpl-choice', t.id === templateId ? 'is-selected' : ''].filter(Boolean).join(' ')}>
                <input type="radio" name="package-template" value={t.id} checked={t.id === templateId} onChange={() => setTemplateId(t.id)} />
                <span className="tpl-choice__text">
                  <span className="tpl-choice__name">{t.name}</span>
                  <span className="tpl-choice__meta u-muted">
                    {t.parentIssueType} → {t.childIssueType} · {plural(t.elements.length, 'element')}: {t.elements.map((e) => e.name).join(', ')}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </StepForm>
      )}

      {step === 'summary' && template && (
        <StepForm title="Summary" description={`Becomes the summary of every parent ${template.parentIssueType}.`} onSubmit={goTargets} actions={<>{back('template')}<Button type="submit" variant="primary">Continue</Button></>}>
          <TextField label="Package summary" value={summary} onChange={(v) => (setSummary(v), setSummaryError(undefined))} error={summaryError} autoFocus maxLength={MAX_SUMMARY} placeholder="e.g. Onboarding — Zoë Ångström" hint="Press Enter to continue." />
        </StepForm>
      )}

      {step === 'targets' && template && (
        <StepForm
          title="Targets"
          description="Where to create the package: one Jira instance and project each. Every element is chosen by default."
          onSubmit={goPreview}
          actions={
            <>
              {back('summary')}
              <Button type="submit" variant="primary">
                Continue to preview
              </Button>
            </>
          }
        >
          <ol className="targets">
            {targets.map((t, i) => {
              const err = targetErrors[t.key] ?? {};
              const chosen = chosenElements(t);
              return (
                <li key={t.key} className="target card" aria-label={`Target ${i + 1}`}>
                  <div className="target__head u-row">
                    <span className="target__index">Target {i + 1}</span>
                    <Button size="sm" icon={<PulseIcon />} pending={t.test.pending} disabled={!t.instanceId} onClick={() => void testTarget(t)}>
                      Test credentials
                    </Button>
                    {targets.length > 1 && (
                      <Button size="sm" variant="ghost" icon={<XIcon />} onClick={() => setTargets((ts) => ts.filter((x) => x.key !== t.key))} aria-label={`Remove target ${i + 1}`}>
                        Remove
                      </Button>
                    )}
                  </div>
                  <div className="target__fields">
                    <div className={['field', err.instance ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
                      <label className="field__label" htmlFor={`target-${t.key}-instance`}>
                        Instance
                      </label>
                      <select id={`target-${t.key}-instance`} className="select" value={t.instanceId} onChange={(e) => patchTarget(t.key, { instanceId: e.target.value, test: { pending: false, report: null, error: null } })} aria-invalid={err.instance ? true : undefined}>
                        {!t.instanceId && <option value="">Choose…</option>}
                        {instances.map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.name} — {siteLabel(x.url)}
                          </option>
                        ))}
                      </select>
                      {err.instance && <p className="field__error">{err.instance}</p>}
                    </div>
                    <TextField
                      id={`target-${t.key}-project`}
                      label="Project key"
                      value={t.projectKey}
                      onChange={(v) => patchTarget(t.key, { projectKey: v })}
                      error={err.project}
                      placeholder="OPS"
                      autoFocus={i === 0}
                      autoComplete="off"
                      spellCheck={false}
                      className="target__project"
                    />
                  </div>
                  <TestResult test={t.test} />
                  <fieldset className="target__elements">
                    <legend className="field__label">
                      Elements <span className="field__optional">{chosen.length === template.elements.length ? `all ${template.elements.length}` : `${chosen.length} of ${template.elements.length}`}</span>
                    </legend>
                    <div className="element-checks">
                      {template.elements.map((el, ei) => (
                        <label key={ei} className="checkbox element-check">
                          <input
                            type="checkbox"
                            checked={!t.excluded.includes(ei)}
                            onChange={(e) => patchTarget(t.key, { excluded: e.target.checked ? t.excluded.filter((x) => x !== ei) : [...t.excluded, ei] })}
                          />
                          <span>{el.name}</span>
                        </label>
                      ))}
                    </div>
                    {err.elements && <p className="field__error">{err.elements}</p>}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <Button
            size="sm"
            icon={<PlusIcon />}
            disabled={targets.length >= 20}
            onClick={() => {
              const used = new Set(targets.map((t) => t.instanceId));
              const next = newTarget(instances.find((x) => !used.has(x.id))?.id ?? instances[0]?.id ?? '');
              setTargets((ts) => [...ts, next]);
              requestAnimationFrame(() => document.getElementById(`target-${next.key}-instance`)?.focus());
            }}
          >
            Add target
          </Button>
        </StepForm>
      )}

      {step === 'preview' && template && (
        <StepForm
          title="Preview & check"
          description={`Exactly what will be created: ${plural(targets.reduce((n, t) => n + 1 + chosenElements(t).length, 0), 'issue')} on ${plural(targets.length, 'target')}. Check asks every site before anything is created.`}
          onSubmit={() => void (checked ? doCreate() : runCheck())}
          actions={
            <>
              {back('targets')}
              <Button ref={checkRef} type={checked ? 'button' : 'submit'} variant={checked ? 'secondary' : 'primary'} icon={<PulseIcon />} pending={check.status === 'checking'} onClick={checked ? () => void runCheck() : undefined}>
                {check.status === 'checking' ? 'Checking…' : checked ? 'Check again' : 'Check'}
              </Button>
              <Button type={checked ? 'submit' : 'button'} variant="primary" icon={<PackageIcon />} disabled={!checked} title={checked ? undefined : 'Run the check first'}>
                Create package
              </Button>
            </>
          }
        >
          {createError && (
            <InlineAlert tone="error" title="The package was not created">
              {createError}
            </InlineAlert>
          )}
          {check.status === 'error' && check.input === inputKey && (
            <InlineAlert tone="error" title="The check did not run">
              {check.message}
            </InlineAlert>
          )}
          {check.status === 'done' && check.input === inputKey && check.problems.length > 0 && (
            <div className="check-problems" role="alert">
              <p className="check-problems__title u-row">
                <AlertIcon /> {`${plural(check.problems.length, 'problem')} found — nothing was created. Fix ${check.problems.length === 1 ? 'it' : 'them all'}, then check again.`}
              </p>
              <ul aria-label="Problems">
                {check.problems.map((p, i) => (
                  <li key={i}>
                    <strong>{p.label}</strong> {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {checked && (
            <InlineAlert tone="success" title="Ready to create">
              {`Every target passed: credentials, projects and issue types are fine. Press Create package${targets.length > 1 ? ` to create it on all ${targets.length} targets` : ''}.`}
            </InlineAlert>
          )}
          <ul className="preview" aria-label="Preview">
            {targets.map((t, i) => {
              const description = fillSummary(template.parentDescription, summary.trim());
              return (
                <li key={t.key} className="preview-target card" aria-label={`Preview of ${instanceName(t.instanceId)} · ${t.projectKey.trim().toUpperCase()}`}>
                  <header className="preview-target__head u-row">
                    <span className="preview-target__index">{i + 1}</span>
                    <strong>{instanceName(t.instanceId)}</strong>
                    <span className="pkg-target__project">{t.projectKey.trim().toUpperCase()}</span>
                    <span className="preview-target__count u-hint">{plural(1 + chosenElements(t).length, 'issue')}</span>
                  </header>
                  <div className="preview-issue preview-issue--parent">
                    <Badge tone="accent">{template.parentIssueType}</Badge>
                    <div className="preview-issue__text">
                      <span className="preview-issue__summary">{summary.trim()}</span>
                      {description && <p className="preview-issue__description u-muted">{description}</p>}
                    </div>
                  </div>
                  <ul className="preview-children">
                    {chosenElements(t).map((ei) => {
                      const el = template.elements[ei];
                      if (!el) return null;
                      return (
                        <li key={ei} className="preview-issue preview-issue--child">
                          <Badge>{template.childIssueType}</Badge>
                          <div className="preview-issue__text">
                            <span className="preview-issue__summary">{el.name}</span>
                            {el.description && <p className="preview-issue__description u-muted">{el.description}</p>}
                            {el.labels && el.labels.length > 0 && (
                              <span className="preview-issue__labels">
                                {el.labels.map((l) => (
                                  <span key={l} className="label-chip">
                                    {l}
                                  </span>
                                ))}
                              </span>
                            )}
                          </div>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              );
            })}
          </ul>
        </StepForm>
      )}

      {step === 'create' && <WizardCreateStep summary={summary} result={result} headingRef={headingRef} onResult={setResult} onStartOver={startOver} />}
    </div>
  );
}
