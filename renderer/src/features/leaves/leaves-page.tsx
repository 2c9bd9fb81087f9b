import { UpcomingPage } from '../../components/upcoming-page';

export function LeavesPage() {
  return (
    <UpcomingPage
      page="leaves"
      title="Leaves"
      subtitle="Time off from Factorial, next to logged time"
      emptyTitle="No leaves yet"
      purpose="Leaves — see who is off (from Factorial) next to the hours they logged, so a gap in a timesheet explains itself."
      firstStep="Add a Jira instance in Settings first; connecting Factorial will sit next to it."
      nextStep="Connecting Factorial is not part of this build yet; it will appear in Settings next to your Jira instances."
      nextAction={null}
    />
  );
}
