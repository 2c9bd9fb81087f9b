import type { CreatedIssueView } from '../../../../shared/domain/packages';
import { ExternalLinkIcon } from '../../components/icons';
import { openExternal } from '../../open-external';

/** A Jira key that opens the issue in the browser (through main in the desktop app). */
export function IssueLink({ issue, label }: { issue: CreatedIssueView; label?: string }) {
  return (
    <a
      className="link issue-link"
      href={issue.url}
      title={`Open ${issue.key} in Jira`}
      aria-label={label ? `${issue.key} — ${label}` : undefined}
      onClick={(e) => {
        e.preventDefault();
        void openExternal(issue.url);
      }}
    >
      {issue.key}
      <ExternalLinkIcon size={11} className="link__icon" />
    </a>
  );
}
