import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONES: Record<string, BadgeTone> = { admin: 'indigo', financial: 'green', time_logging: 'blue', collaboration: 'gray' };

/** The caller's `access_level` exactly as the API returns it (the response values of docs/api/participations.md#levels). */
export function AccessLevelBadge({ value, title }: { value: string; title?: string }) {
  return (
    <Badge tone={TONES[value] ?? 'gray'} title={title}>
      <span className="font-mono">{value}</span>
    </Badge>
  );
}
