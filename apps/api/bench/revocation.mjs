/**
 * Token revocation across instances: a person revokes a token on instance A; instance B, which
 * has just served that token (and so holds it in its cache), is polled with it until it refuses.
 * The delay runs from A's 204 (the revocation is committed) to B's first 401.
 */
import { call, createToken, must } from './api.mjs';

const POLL_LIMIT_MS = 5_000;

export async function measureRevocation(a, b, session, trials) {
  const results = [];
  for (let trial = 0; trial < trials; trial++) {
    const { id, token } = await createToken(a.baseUrl, session, ['read:users'], `revocation ${trial}`);
    await must(b.baseUrl, 200, 'GET', '/api/v1/users/me/permissions', { token });
    await must(a.baseUrl, 204, 'DELETE', `/api/v1/api-tokens/${id}`, session);
    const revoked = performance.now();
    let staleAnswers = 0;
    let delay = null;
    while (performance.now() - revoked < POLL_LIMIT_MS) {
      const res = await call(b.baseUrl, 'GET', '/api/v1/users/me/permissions', { token });
      if (res.status === 401) {
        delay = performance.now() - revoked;
        break;
      }
      staleAnswers++;
    }
    results.push({ delay, staleAnswers });
  }
  const delays = results.map((r) => r.delay);
  return {
    trials,
    maxDelayMs: delays.includes(null) ? null : Math.max(...delays),
    staleAnswers: results.reduce((n, r) => n + r.staleAnswers, 0),
  };
}
