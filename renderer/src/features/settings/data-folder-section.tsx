import { useState } from 'react';
import { IconButton } from '../../components/button';
import { CheckIcon, CopyIcon, FolderIcon } from '../../components/icons';
import { InlineAlert } from '../../components/inline-alert';
import { useAppInfoStore } from '../../stores/app-info-store';
import { SettingsSection } from './settings-section';

const HOST_LABEL = { electron: 'desktop app', web: 'browser host', cli: 'command line' } as const;

export function DataFolderSection() {
  const info = useAppInfoStore((s) => s.info);
  const error = useAppInfoStore((s) => s.error);
  const [copied, setCopied] = useState(false);

  const copy = async (): Promise<void> => {
    if (!info) return;
    try {
      await navigator.clipboard.writeText(info.dataDir);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard refused (no permission): the path is selectable text anyway.
    }
  };

  return (
    <SettingsSection id="data" icon={<FolderIcon />} title="Data" description="The database, settings and logs live in one folder — back it up or move it with WORKLOG_DESK_DATA_DIR. Tokens are not in it: they stay in the system keychain.">
      {error && <InlineAlert tone="error">{error}</InlineAlert>}
      {info && (
        <>
          <div className="setting-row">
            <div className="setting-row__text">
              <span className="setting-row__label">Data folder</span>
              <code className="path" data-testid="data-dir">
                {info.dataDir}
              </code>
            </div>
            <IconButton size="sm" icon={copied ? <CheckIcon /> : <CopyIcon />} label={copied ? 'Copied' : 'Copy the data folder path'} onClick={() => void copy()} />
          </div>
          <p className="about-line u-hint">
            {info.name} {info.version} · {HOST_LABEL[info.host]} · database schema v{info.schemaVersion}
          </p>
        </>
      )}
    </SettingsSection>
  );
}
