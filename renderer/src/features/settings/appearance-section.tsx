import { MonitorIcon, MoonIcon, PaletteIcon, SunIcon } from '../../components/icons';
import type { SegmentOption } from '../../components/segmented-control';
import { SegmentedControl } from '../../components/segmented-control';
import type { ThemePreference } from '../../stores/theme-store';
import { useThemeStore } from '../../stores/theme-store';
import { SettingsSection } from './settings-section';

const OPTIONS: SegmentOption<ThemePreference>[] = [
  { value: 'system', label: 'System', icon: <MonitorIcon /> },
  { value: 'light', label: 'Light', icon: <SunIcon /> },
  { value: 'dark', label: 'Dark', icon: <MoonIcon /> },
];

export function AppearanceSection() {
  const preference = useThemeStore((s) => s.preference);
  const theme = useThemeStore((s) => s.theme);
  const setPreference = useThemeStore((s) => s.setPreference);
  return (
    <SettingsSection id="appearance" icon={<PaletteIcon />} title="Appearance" description="Saved on this computer.">
      <div className="setting-row">
        <div className="setting-row__text">
          <span className="setting-row__label" id="theme-label">
            Theme
          </span>
          <span className="setting-row__hint u-hint">{preference === 'system' ? `Follows your system — ${theme} right now.` : `Always ${theme}.`}</span>
        </div>
        <SegmentedControl label="Theme" name="theme" value={preference} options={OPTIONS} onChange={setPreference} />
      </div>
    </SettingsSection>
  );
}
