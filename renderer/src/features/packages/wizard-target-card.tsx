import type { Dispatch } from 'react';
import type { InstanceView } from '../../../../shared/domain/instance';
import type { TemplateView } from '../../../../shared/domain/packages';
import { errorMessage } from '../../api-error';
import { Button } from '../../components/button';
import { PulseIcon, XIcon } from '../../components/icons';
import { siteLabel } from '../../format';
import type { TargetDraft, TargetErrors, WizardAction } from './package-wizard-state';
import { chosenElements, instanceName } from './package-wizard-state';
import { packagesApi } from './packages-api';
import { ProjectPicker } from './project-picker';
import { TestResult } from './target-test-result';

interface Props {
  target: TargetDraft;
  index: number;
  errors: TargetErrors;
  removable: boolean;
  template: TemplateView;
  instances: readonly InstanceView[];
  dispatch: Dispatch<WizardAction>;
}

/** One target of the package: its Jira instance, its project, which elements it gets, a credentials test. */
export function WizardTargetCard({ target: t, index: i, errors: err, removable, template, instances, dispatch }: Props) {
  const chosen = chosenElements(template, t);
  const patch = (p: Extract<WizardAction, { type: 'patchTarget' }>['patch']): void => dispatch({ type: 'patchTarget', key: t.key, patch: p });

  const test = async (): Promise<void> => {
    if (!t.instanceId) return;
    dispatch({ type: 'testStarted', key: t.key });
    try {
      dispatch({ type: 'testDone', key: t.key, report: await packagesApi.testInstance(t.instanceId) });
    } catch (e) {
      dispatch({ type: 'testFailed', key: t.key, error: errorMessage(e) });
    }
  };

  return (
    <li className="target card" aria-label={`Target ${i + 1}`}>
      <div className="target__head u-row">
        <span className="target__index">Target {i + 1}</span>
        <Button size="sm" icon={<PulseIcon />} pending={t.test.pending} disabled={!t.instanceId} onClick={() => void test()}>
          Test credentials
        </Button>
        {removable && (
          <Button size="sm" variant="ghost" icon={<XIcon />} onClick={() => dispatch({ type: 'removeTarget', key: t.key })} aria-label={`Remove target ${i + 1}`}>
            Remove
          </Button>
        )}
      </div>
      <div className="target__fields">
        <div className={['field', err.instance ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
          <label className="field__label" htmlFor={`target-${t.key}-instance`}>
            Instance
          </label>
          <select
            id={`target-${t.key}-instance`}
            className="select"
            value={t.instanceId}
            onChange={(e) => patch({ instanceId: e.target.value })}
            aria-invalid={err.instance ? true : undefined}
            aria-describedby={err.instance ? `target-${t.key}-instance-error` : undefined}
          >
            {!t.instanceId && <option value="">Choose…</option>}
            {instances.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} — {siteLabel(x.url)}
              </option>
            ))}
          </select>
          {err.instance && (
            <p id={`target-${t.key}-instance-error`} className="field__error">
              {err.instance}
            </p>
          )}
        </div>
        <ProjectPicker id={`target-${t.key}-project`} instanceId={t.instanceId} site={instanceName(instances, t.instanceId)} value={t.projectKey} onChange={(projectKey) => patch({ projectKey })} error={err.project} autoFocus={i === 0} />
      </div>
      <TestResult test={t.test} />
      <fieldset className="target__elements">
        <legend className="field__label">
          Elements <span className="field__optional">{chosen.length === template.elements.length ? `all ${template.elements.length}` : `${chosen.length} of ${template.elements.length}`}</span>
        </legend>
        <div className="element-checks">
          {template.elements.map((el, ei) => (
            <label key={ei} className="checkbox element-check">
              <input type="checkbox" checked={!t.excluded.includes(ei)} onChange={(e) => patch({ excluded: e.target.checked ? t.excluded.filter((x) => x !== ei) : [...t.excluded, ei] })} />
              <span>{el.name}</span>
            </label>
          ))}
        </div>
        {err.elements && <p className="field__error">{err.elements}</p>}
      </fieldset>
    </li>
  );
}
