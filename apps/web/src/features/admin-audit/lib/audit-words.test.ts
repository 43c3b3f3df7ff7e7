import { describe, expect, it } from 'vitest';
import { auditActionWords, auditTargetWords } from './audit-words';

describe('auditActionWords', () => {
  it.each([
    ['auth.login', 'Signed in'],
    ['deal.win', 'Deal won'],
    ['time_entry.update', 'Time entry changed'],
    ['approval.request', 'Approval requested'],
    ['user.password.reset', "User's password reset"],
    ['user.roles.update', "User's roles changed"],
    ['participation.create', 'Project member created'],
    ['token.admin_revoke', 'API token revoked by an administrator'],
    ['csrf.failed', 'Request refused: no CSRF token'],
  ])('%s reads "%s"', (code, words) => {
    expect(auditActionWords(code)).toBe(words);
  });

  it('puts a code it does not know in words, part by part', () => {
    expect(auditActionWords('invoice_template.make_default')).toBe('Invoice template make default');
    expect(auditActionWords('widget.gizmo.polish')).toBe("Widget's gizmo polish");
    expect(auditActionWords('backup')).toBe('Backup');
  });

  it('names targets in words', () => {
    expect(auditTargetWords('time_entry')).toBe('Time entry');
    expect(auditTargetWords('token')).toBe('API token');
    expect(auditTargetWords('catalog')).toBe('Catalog');
  });
});
