import { afterEach, describe, expect, it } from 'vitest';
import { setPageTitle, setTitlePrefix } from './document-title';

describe('the document title', () => {
  afterEach(() => setTitlePrefix(null));

  it('keeps the running timer in front when the page changes, and the page when the timer stops', () => {
    setPageTitle('Dashboard — Timekeeper');
    setTitlePrefix('▶ 1:02:03 Acme');
    expect(document.title).toBe('▶ 1:02:03 Acme — Dashboard — Timekeeper');

    setPageTitle('Timesheet — Timekeeper');
    expect(document.title).toBe('▶ 1:02:03 Acme — Timesheet — Timekeeper');
    setTitlePrefix('▶ 1:02:04 Acme');
    expect(document.title).toBe('▶ 1:02:04 Acme — Timesheet — Timekeeper');

    setTitlePrefix(null);
    expect(document.title).toBe('Timesheet — Timekeeper');
  });
});
