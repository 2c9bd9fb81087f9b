import { create } from 'zustand';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'worklog-desk.theme';
const darkQuery = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null);

function readPreference(): ThemePreference {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'light' || saved === 'dark' || saved === 'system') return saved;
  } catch {
    // Storage blocked: follow the system.
  }
  return 'system';
}

function resolve(preference: ThemePreference): Theme {
  if (preference !== 'system') return preference;
  return darkQuery()?.matches ? 'dark' : 'light';
}

/** The <html> element carries the theme; the CSS reads it (see styles/tokens.css). */
function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

interface ThemeState {
  preference: ThemePreference;
  theme: Theme;
  setPreference(preference: ThemePreference): void;
}

export const useThemeStore = create<ThemeState>((set) => {
  const preference = readPreference();
  const theme = resolve(preference);
  apply(theme);
  return {
    preference,
    theme,
    setPreference: (next) => {
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Not persisted, still applied.
      }
      const resolved = resolve(next);
      apply(resolved);
      set({ preference: next, theme: resolved });
    },
  };
});

darkQuery()?.addEventListener('change', () => {
  const { preference } = useThemeStore.getState();
  if (preference !== 'system') return;
  const theme = resolve('system');
  apply(theme);
  useThemeStore.setState({ theme });
});
