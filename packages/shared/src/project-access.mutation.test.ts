/**
 * Project levels and flags (layer 3 vocabulary). Written against the surviving mutants of
 * `pnpm test:mutation` (docs/development/testing.md, "Mutation testing").
 */
import { describe, expect, it } from 'vitest';
import {
  isProjectAction,
  isProjectLevel,
  levelAtLeast,
  levelRank,
  NO_FLAGS,
  PROJECT_ACTIONS,
  PROJECT_FLAGS,
  PROJECT_LEVELS,
} from './project-access.js';

describe('project levels', () => {
  it('isProjectLevel knows exactly the seven levels', () => {
    for (const level of PROJECT_LEVELS) expect(isProjectLevel(level), level).toBe(true);
    for (const other of ['', 'Admin', 'owner', 'view_all', 'can_invite', 'collaboration']) expect(isProjectLevel(other), other).toBe(false);
  });

  it('levels rank in their listed order, from view_tasks up to admin', () => {
    expect(PROJECT_LEVELS.map(levelRank)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('levelAtLeast: the level itself and everything above it reach a minimum, nothing below and no level at all', () => {
    for (const minimum of PROJECT_LEVELS) {
      for (const level of PROJECT_LEVELS)
        expect(levelAtLeast(level, minimum), `${level} >= ${minimum}`).toBe(levelRank(level) >= levelRank(minimum));
      expect(levelAtLeast(null, minimum)).toBe(false);
    }
  });
});

describe('NO_FLAGS', () => {
  it('names every flag, each false', () => {
    expect(Object.keys(NO_FLAGS).sort()).toEqual([...PROJECT_FLAGS].sort());
    for (const flag of PROJECT_FLAGS) expect(NO_FLAGS[flag], flag).toBe(false);
  });
});

describe('project actions', () => {
  it('isProjectAction knows exactly the actions of PROJECT_ACTIONS', () => {
    for (const action of PROJECT_ACTIONS) expect(isProjectAction(action), action).toBe(true);
    for (const other of ['', 'View_project', 'admin', 'edit_time', 'can_post', null, 3, undefined])
      expect(isProjectAction(other), String(other)).toBe(false);
  });
});
