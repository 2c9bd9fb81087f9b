import { UpcomingPage } from '../../components/upcoming-page';

export function WorklogsPage() {
  return (
    <UpcomingPage
      page="worklogs"
      title="Worklogs"
      subtitle="Every hour your team logged, searchable offline"
      emptyTitle="No worklogs yet"
      purpose="Worklogs — browse and group your team's time offline."
      nextStep="Your Jira instance is connected; this page fills in after the first sync."
    />
  );
}
