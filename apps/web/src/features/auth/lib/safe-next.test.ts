import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps same-site paths and refuses everything else', () => {
    expect(safeNext('/time-entries?project_id=3')).toBe('/time-entries?project_id=3');
    expect(safeNext('/projects/12/members#rates')).toBe('/projects/12/members#rates');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example/')).toBe('/');
  });

  const refused = [
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/ /evil.example',
    '/\u0000x',
    '/a\u2028b',
    '/%',
    '/%E0%A4%A',
    '/a%zz',
    'javascript:alert(1)',
    'time-entries',
  ];

  it('Info: next values that React Router refuses, or that leave the site, become /', () => {
    for (const next of refused) expect(safeNext(next), JSON.stringify(next)).toBe('/');
  });

  it('Info: whatever safeNext returns, React Router navigates to without throwing', async () => {
    for (const next of [...refused, '/time-entries?project_id=3', '/a/../b', '/%2F%2Fevil.example', '/?next=//evil.example']) {
      const router = createMemoryRouter([{ path: '*', element: null }], { initialEntries: ['/login'] });
      const target = safeNext(next);
      await expect(router.navigate(target, { replace: true }), JSON.stringify(next)).resolves.toBeUndefined();
      expect(router.state.location.pathname.startsWith('/'), JSON.stringify(next)).toBe(true);
      expect(router.state.location.pathname.startsWith('//'), JSON.stringify(next)).toBe(false);
    }
  });
});
