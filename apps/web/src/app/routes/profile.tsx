import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { AppearanceCard, ChangePasswordForm, MyAccessCard, ProfileDetailsForm, SessionsCard, TimeRegionCard } from '@/features/profile';
import { useSession } from '@/features/session';

export function ProfileRoute() {
  const session = useSession();
  if (!session.data) return <Spinner />;
  return (
    <>
      <PageHeader
        title="Profile"
        description="Your details, time and region, appearance, password, sessions and what you are allowed to do."
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <ProfileDetailsForm user={session.data.user} />
          <TimeRegionCard />
          <AppearanceCard />
          <ChangePasswordForm />
          <SessionsCard />
        </div>
        <div className="space-y-4">
          <MyAccessCard legacyRole={session.data.user.legacy_role ?? null} />
        </div>
      </div>
    </>
  );
}
