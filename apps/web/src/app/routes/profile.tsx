import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { ChangePasswordForm } from '@/features/profile/components/change-password-form';
import { MyAccessCard } from '@/features/profile/components/my-access-card';
import { ProfileDetailsForm } from '@/features/profile/components/profile-details-form';
import { SessionsCard } from '@/features/profile/components/sessions-card';
import type { Me } from '@/features/profile/api/types';
import { useSession } from '@/features/session/api/session';

export function ProfileRoute() {
  const session = useSession();
  const user = session.data?.user as Partial<Me> | undefined;
  if (!session.data) return <Spinner />;
  return (
    <>
      <PageHeader title="Profile" description="Your details, password, sessions and what you are allowed to do." />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <ProfileDetailsForm user={session.data.user} />
          <ChangePasswordForm />
          <SessionsCard />
        </div>
        <div className="space-y-4">
          <MyAccessCard legacyRole={user?.legacy_role ?? null} />
        </div>
      </div>
    </>
  );
}
