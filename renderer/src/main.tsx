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
import './styles/settings.css';
import './styles/sync.css';
import './styles/worklogs.css';
import './styles/packages.css';
import './styles/timesheet.css';
import './styles/timesheet-team.css';
import './styles/charts.css';
import './styles/leaves.css';
// Last: a utility class wins over a component rule of the same weight.
import './styles/utilities.css';

// connectApi moves the secret out of the URL fragment before the router reads the hash.
const connected = connectApi();
const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(<StrictMode>{connected ? <App /> : <NoSessionScreen />}</StrictMode>);
