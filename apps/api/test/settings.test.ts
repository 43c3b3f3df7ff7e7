import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { userWith } from './helpers/client.js';
import { expectInvalid, useTestApp } from './helpers/fixtures.js';

describeEachDb('settings and system information', (kind) => {
  const t = useTestApp(kind);

  it('everyone reads settings; only manage_settings changes them, with an audit entry', async () => {
    const admin = await userWith(t.app, ['admin']);
    const manager = await userWith(t.app, ['manager']);
    const viewer = await userWith(t.app, ['viewer']);
    expect((await viewer.get('/api/v1/settings')).json()).toEqual({
      organisation_name: 'Timekeeper',
      organisation_address: '',
      organisation_tax_id: '',
      organisation_email: '',
      organisation_logo_url: '',
      default_currency: 'EUR',
      week_starts_on: 1,
      allow_self_approval: false,
      default_time_zone: 'UTC',
      week_start: 'monday',
      default_locale: 'en',
      default_time_format: '24h',
      deal_stages: ['prospecting', 'qualification', 'proposal', 'negotiation'],
    });
    const refused = await manager.patch('/api/v1/settings', { organisation_name: 'Nope' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().required_permission).toBe('manage_settings');
    const changed = await admin.patch('/api/v1/settings', { organisation_name: 'Acme Ltd', week_starts_on: 7 });
    expect(changed.json()).toMatchObject({ organisation_name: 'Acme Ltd', week_starts_on: 7, week_start: 'sunday' });
    expect((await viewer.get('/api/v1/settings')).json().organisation_name).toBe('Acme Ltd');
    expect((await admin.patch('/api/v1/settings', { week_starts_on: 8 })).statusCode).toBe(400);
    expect((await admin.patch('/api/v1/settings', { theme: 'dark' })).statusCode).toBe(400);
    const audit = (await admin.get('/api/v1/audit-logs?action=settings.update')).json().audit_logs;
    expect(audit[0]).toMatchObject({ before: { organisation_name: 'Timekeeper' }, after: { organisation_name: 'Acme Ltd' } });
  });

  it('week_starts_on (deprecated) always agrees with week_start; zone and locale defaults are checked and canonical', async () => {
    const admin = await userWith(t.app, ['admin']);
    const saturday = await admin.patch('/api/v1/settings', { week_start: 'saturday' });
    expect(saturday.json()).toMatchObject({ week_start: 'saturday', week_starts_on: 6 });
    expect((await admin.patch('/api/v1/settings', { week_starts_on: 1 })).json()).toMatchObject({
      week_start: 'monday',
      week_starts_on: 1,
    });
    expectInvalid(await admin.patch('/api/v1/settings', { week_starts_on: 3 }), 'body.week_starts_on');
    expectInvalid(await admin.patch('/api/v1/settings', { week_starts_on: 7, week_start: 'monday' }), 'body.week_starts_on');
    expect((await admin.patch('/api/v1/settings', { week_starts_on: 7, week_start: 'sunday' })).json().week_starts_on).toBe(7);
    const defaults = await admin.patch('/api/v1/settings', {
      default_time_zone: 'asia/tokyo',
      default_locale: 'en-gb',
      default_time_format: '12h',
      week_start: 'monday',
    });
    expect(defaults.json()).toMatchObject({
      default_time_zone: 'Asia/Tokyo',
      default_locale: 'en-GB',
      default_time_format: '12h',
      week_start: 'monday',
      week_starts_on: 1,
    });
    expectInvalid(await admin.patch('/api/v1/settings', { default_time_zone: 'Mars/Olympus' }), 'body.default_time_zone');
    expectInvalid(await admin.patch('/api/v1/settings', { default_locale: 'not a locale' }), 'body.default_locale');
    expectInvalid(await admin.patch('/api/v1/settings', { default_time_format: '36h' }), 'body.default_time_format');
    await admin.patch('/api/v1/settings', { default_time_zone: 'UTC', default_locale: 'en', default_time_format: '24h' });
  });

  it('system information needs view_system_info', async () => {
    const admin = await userWith(t.app, ['admin']);
    const manager = await userWith(t.app, ['manager']);
    const info = await admin.get('/api/v1/system/info');
    expect(info.statusCode).toBe(200);
    expect(info.json()).toMatchObject({ database: kind, api_version: 'v1' });
    expect(info.json().counts.users).toBeGreaterThanOrEqual(2);
    expect((await manager.get('/api/v1/system/info')).json().required_permission).toBe('view_system_info');
  });
});
