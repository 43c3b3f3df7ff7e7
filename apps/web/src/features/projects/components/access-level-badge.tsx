import { isResponseAccessLevel, RESPONSE_ACCESS_LEVEL_LABELS } from '@timekeeper/shared';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONES: Record<string, BadgeTone> = { admin: 'indigo', financial: 'green', time_logging: 'blue', collaboration: 'gray' };

/** The caller's access to a project by its name ("Time and Expenses"), from the `access_level` the API returns (docs/api/participations.md#levels). */
export function AccessLevelBadge({ value, title }: { value: string; title?: string }) {
  return (
    <Badge tone={TONES[value] ?? 'gray'} title={title}>
      {isResponseAccessLevel(value) ? RESPONSE_ACCESS_LEVEL_LABELS[value] : 'Unknown'}
    </Badge>
  );
}
