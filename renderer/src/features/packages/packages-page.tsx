import { UpcomingPage } from '../../components/upcoming-page';

export function PackagesPage() {
  return (
    <UpcomingPage
      page="packages"
      title="Packages"
      subtitle="Issues from several Jira sites, counted as one"
      emptyTitle="No packages yet"
      purpose="Packages — group issues from several Jira instances into one package and see the time spent on it as a whole."
      nextStep="Your Jira instance is connected; packages can be built from synced issues after the first sync."
    />
  );
}
