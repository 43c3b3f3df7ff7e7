import { afterEach, describe, expect, it } from 'vitest';
import { setPageDetail, setPageTitle, setTitlePrefix } from './document-title';

describe('the document title', () => {
  afterEach(() => {
    setTitlePrefix(null);
    setPageDetail(null);
  });

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

  it('names what a page shows in front of the page, after the timer', () => {
    setPageTitle('Project — Timekeeper');
    setPageDetail('Acme Website Redesign');
    expect(document.title).toBe('Acme Website Redesign — Project — Timekeeper');
    setTitlePrefix('▶ 0:00:05 Acme');
    expect(document.title).toBe('▶ 0:00:05 Acme — Acme Website Redesign — Project — Timekeeper');
    setPageDetail(null);
    expect(document.title).toBe('▶ 0:00:05 Acme — Project — Timekeeper');
  });
});
