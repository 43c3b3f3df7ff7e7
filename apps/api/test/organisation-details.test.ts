/**
 * The organisation's details printed on invoices (docs/admin/configuration/README.md) and the
 * client's billing details on an invoice (docs/api/invoices.md), on PGlite and PostgreSQL:
 * everyone signed in reads them, only manage_settings changes them, and the values are checked.
 */
import { expect, it } from 'vitest';
import { describeEachDb } from './helpers/app.js';
import { userWith } from './helpers/client.js';
import { createClient, expectInvalid, expectStatus, useTestApp, useUser } from './helpers/fixtures.js';

describeEachDb('organisation details for invoices', (kind) => {
  const t = useTestApp(kind);
  const admin = useUser(t, ['admin']);
  const manager = useUser(t, ['manager']);

  /** A one-line invoice to the client, made by the manager. */
  const invoiceFor = async (clientId: number) =>
    expectStatus(
      await manager.post('/api/v1/invoices', {
        client_id: clientId,
        currency: 'EUR',
        lines: [{ description: 'Fee', quantity: 1, unit_price: 100 }],
      }),
      201,
    ) as { id: number };

  it('an admin sets address, tax id, email and logo; everyone reads them; a manager may not change them', async () => {
    const details = {
      organisation_address: 'Hauptstraße 1\n10115 Berlin',
      organisation_tax_id: 'DE123456789',
      organisation_email: 'billing@acme.test',
      organisation_logo_url: 'https://acme.test/logo.png',
    };
    expect(expectStatus(await admin.patch('/api/v1/settings', details), 200)).toMatchObject(details);
    const viewer = await userWith(t.app, ['viewer']);
    expect(expectStatus(await viewer.get('/api/v1/settings'), 200)).toMatchObject(details);
    const refused = await manager.patch('/api/v1/settings', { organisation_tax_id: 'X' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ required_permission: 'manage_settings' });
    // Cleared again with empty strings.
    const cleared = { organisation_address: '', organisation_tax_id: '', organisation_email: '', organisation_logo_url: '' };
    expect(expectStatus(await admin.patch('/api/v1/settings', cleared), 200)).toMatchObject(cleared);
  });

  it('refuses an email that is not one, a logo that is not an http(s) address, and over-long values', async () => {
    expectInvalid(await admin.patch('/api/v1/settings', { organisation_email: 'not an email' }), 'body.organisation_email');
    expectInvalid(await admin.patch('/api/v1/settings', { organisation_logo_url: 'javascript:alert(1)' }), 'body.organisation_logo_url');
    expectInvalid(await admin.patch('/api/v1/settings', { organisation_logo_url: 'https://a b' }), 'body.organisation_logo_url');
    expectInvalid(await admin.patch('/api/v1/settings', { organisation_tax_id: 'x'.repeat(101) }), 'body.organisation_tax_id');
    expectInvalid(await admin.patch('/api/v1/settings', { organisation_address: 'x'.repeat(1001) }), 'body.organisation_address');
  });

  it('an invoice carries its client’s email and address for printing', async () => {
    const client = (await createClient(manager, { email: 'ap@globex.test', address: '1 Main St\nSpringfield' })) as {
      id: number;
      name: string;
    };
    const invoice = await invoiceFor(client.id);
    const detail = expectStatus(await manager.get(`/api/v1/invoices/${invoice.id}`), 200) as { client: unknown };
    expect(detail.client).toEqual({ id: client.id, name: client.name, email: 'ap@globex.test', address: '1 Main St\nSpringfield' });
  });

  it('the printable HTML of an invoice shows the organisation’s details and the client’s, escaped; the logo alone may load', async () => {
    await admin.patch('/api/v1/settings', {
      organisation_address: 'Hauptstraße 1\n10115 Berlin',
      organisation_tax_id: 'DE123456789',
      organisation_email: 'billing@acme.test',
      organisation_logo_url: 'https://cdn.acme.test/logo.png?v=2',
    });
    const client = (await createClient(manager, { name: 'Globex <b>', email: 'ap@globex.test', address: '1 Main St\nSpringfield' })) as {
      id: number;
    };
    const invoice = await invoiceFor(client.id);
    const html = await manager.get(`/api/v1/invoices/${invoice.id}/html`);
    expect(html.statusCode).toBe(200);
    for (const part of [
      'Hauptstraße 1<br>10115 Berlin',
      'Tax ID: DE123456789',
      'billing@acme.test',
      '1 Main St<br>Springfield',
      'ap@globex.test',
    ])
      expect(html.body).toContain(part);
    expect(html.body).toContain('<strong>Globex &lt;b&gt;</strong>');
    expect(html.body).toContain('<img src="https://cdn.acme.test/logo.png?v=2"');
    expect(html.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src https://cdn.acme.test");

    // No logo, or an address no browser would load: no image, no image source allowed.
    for (const logo of ['', 'http://[broken']) {
      expectStatus(await admin.patch('/api/v1/settings', { organisation_logo_url: logo }), 200);
      const plain = await manager.get(`/api/v1/invoices/${invoice.id}/html`);
      expect(plain.statusCode).toBe(200);
      expect(plain.body).not.toContain('<img');
      expect(plain.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    }
  });
});
