import { UpcomingPage } from '../../components/upcoming-page';

export function TimesheetPage() {
  return (
    <UpcomingPage
      page="timesheet"
      title="Timesheet"
      subtitle="Hours per person and day"
      emptyTitle="No timesheet yet"
      purpose="Timesheet — each person's hours day by day, with missing days and overtime standing out."
      nextStep="Your Jira instance is connected; the grid appears after the first sync."
    />
  );
}
