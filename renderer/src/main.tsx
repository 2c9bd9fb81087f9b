import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api';
import { App } from './app';
import { NoSessionScreen } from './components/no-session-screen';
// Applies the saved or system theme before the first paint.
import './stores/theme-store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/shell.css';
import './features/settings/settings.css';
import './features/sync/sync.css';
import './features/worklogs/worklogs.css';
import './features/packages/packages.css';
import './features/packages/package-templates.css';
import './features/packages/package-wizard.css';
import './features/packages/package-progress.css';
import './features/packages/package-history.css';
import './features/packages/package-shared.css';
import './features/packages/project-picker.css';
import './features/packages/template-problems.css';
import './features/timesheet/timesheet.css';
import './features/timesheet/timesheet-team.css';
import './features/charts/charts.css';
import './features/leaves/leaves.css';
// Last: a utility class wins over a component rule of the same weight.
import './styles/utilities.css';

// connectApi moves the secret out of the URL fragment before the router reads the hash.
const connected = connectApi();
const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(<StrictMode>{connected ? <App /> : <NoSessionScreen />}</StrictMode>);
