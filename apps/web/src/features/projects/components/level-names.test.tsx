import { describeLevel, NO_FLAGS, PERMISSION_NAMES, PROJECT_LEVELS, type ProjectLevel, type ResponseAccessLevel } from '@timekeeper/shared';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectAccessInfo } from '@/lib/access';
import { AccessLevelBadge } from './access-level-badge';
import { ProjectLevelSummary } from './project-level-summary';

/** Every code a level can be written as on the wire: request levels, response levels, the edit/view summary. */
const CODES = [...PROJECT_LEVELS, 'collaboration', 'time_logging', 'financial', 'view_only', 'view_with_custom', ...PERMISSION_NAMES];
const codeIn = (text: string) => CODES.find((code) => new RegExp(`\\b${code}\\b`).test(text));

function access(level: ProjectLevel, source: string): ProjectAccessInfo {
  return {
    project_id: 1,
    level,
    membership_level: source === 'participation' ? level : null,
    ...describeLevel(level, NO_FLAGS),
    level_source: source,
    is_member: source === 'participation',
    flags: NO_FLAGS,
    actions: [],
  };
}

describe('levels are shown by their names, never their codes', () => {
  it.each(['collaboration', 'time_logging', 'financial', 'admin'] satisfies ResponseAccessLevel[])(
    'the projects list badge for %s',
    (value) => {
      const { container } = render(<AccessLevelBadge value={value} />);
      expect(codeIn(container.textContent ?? '')).toBeUndefined();
      expect(container.textContent).not.toMatch(/_/);
    },
  );

  it.each(
    PROJECT_LEVELS.flatMap((level) => ['participation', 'account_admin', 'permission:view_all_projects'].map((source) => [level, source])),
  )('the project header for %s through %s', (level, source) => {
    const { container } = render(<ProjectLevelSummary access={access(level as ProjectLevel, source)} />);
    const text = container.textContent ?? '';
    expect(codeIn(text)).toBeUndefined();
    expect(text).not.toMatch(/_/);
  });
});
