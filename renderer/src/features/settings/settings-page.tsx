import { PageHeader } from '../../components/page-header';
import { AppearanceSection } from './appearance-section';
import { DataFolderSection } from './data-folder-section';
import { DoctorSection } from './doctor-section';
import { InstancesSection } from './instances-section';
import { TeamSection } from './team-section';
import { WeekSection } from './week-section';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" subtitle="Jira instances, appearance and where your data lives" />
      <div className="page__body">
        <div className="settings">
          <InstancesSection />
          <TeamSection />
          <WeekSection />
          <AppearanceSection />
          <DataFolderSection />
          <DoctorSection />
        </div>
      </div>
    </>
  );
}
