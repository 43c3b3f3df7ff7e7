import { describe, expect, it } from 'vitest';
import { dateBounds, expiryPayload, expiryPresets } from './expiry';

const NOW = new Date('2026-03-10T12:00:00');
const DAY_MS = 86_400_000;

describe('token expiry', () => {
  it('offers only the preset lifetimes the server allows', () => {
    expect(expiryPresets(365)).toEqual([7, 30, 90, 365]);
    expect(expiryPresets(60)).toEqual([7, 30]);
  });

  it('is required', () => {
    expect(expiryPayload('', '', 365, NOW)).toEqual({ error: 'Choose when the token expires: every token expires.' });
    expect(expiryPayload('date', '', 365, NOW)).toEqual({ error: 'Pick the day the token expires.' });
  });

  it('sends a preset as expires_in_days', () => {
    expect(expiryPayload('90', '', 365, NOW)).toEqual({ expires_in_days: 90 });
  });

  it('sends a day as the end of that local day, never past the maximum lifetime', () => {
    expect(expiryPayload('date', '2026-03-20', 365, NOW)).toEqual({ expires_at: new Date('2026-03-20T23:59:59').toISOString() });
    const last = dateBounds(30, NOW).max;
    expect(expiryPayload('date', last, 30, NOW)).toEqual({ expires_at: new Date(NOW.getTime() + 30 * DAY_MS).toISOString() });
    expect(expiryPayload('date', '2026-05-01', 30, NOW)).toEqual({ error: 'Tokens live at most 30 days.' });
    expect(expiryPayload('date', '2026-03-01', 30, NOW)).toEqual({ error: 'The expiry date must be in the future.' });
  });
});
