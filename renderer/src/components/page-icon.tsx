import type { PageId } from '../routes';
import { CalendarIcon, ChartIcon, ClockIcon, PackageIcon, PalmIcon, SettingsIcon, SyncIcon } from './icons';

export function PageIcon({ page, size }: { page: PageId; size?: number }) {
  const props = size === undefined ? {} : { size };
  switch (page) {
    case 'worklogs':
      return <ClockIcon {...props} />;
    case 'timesheet':
      return <CalendarIcon {...props} />;
    case 'charts':
      return <ChartIcon {...props} />;
    case 'leaves':
      return <PalmIcon {...props} />;
    case 'packages':
      return <PackageIcon {...props} />;
    case 'sync':
      return <SyncIcon {...props} />;
    case 'settings':
      return <SettingsIcon {...props} />;
  }
}
