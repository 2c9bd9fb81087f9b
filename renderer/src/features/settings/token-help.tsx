import { ExternalLinkIcon } from '../../components/icons';
import { openExternal } from '../../open-external';
import { API_TOKEN_URL } from './instance-validation';

/** Where to get a Jira API token, opened in the user's own browser (where they are signed in to Atlassian). */
export function ApiTokenHelp() {
  return (
    <>
      Create one at{' '}
      <a
        href={API_TOKEN_URL}
        className="link"
        onClick={(e) => {
          e.preventDefault();
          void openExternal(API_TOKEN_URL);
        }}
      >
        id.atlassian.com → Security → API tokens
        <ExternalLinkIcon size={12} className="link__icon" />
      </a>
      . It is stored only in your system keychain.
    </>
  );
}
