/**
 * argon2id password hashing (OWASP's recommended parameters: 19 MiB, 2 iterations).
 */
import { hash, verify } from '@node-rs/argon2';
import { validationFailed } from './errors.js';

// Algorithm.Argon2id; the package exports a const enum, which isolated modules cannot inline.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A hash of nothing in particular: verifying against it makes "no such user" cost as much as
// "wrong password", so response times do not reveal which emails exist.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword('timekeeper-dummy-password');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

// ------------------------------------------------------------------------------------------
// Policy (docs/admin/security/README.md, "Password policy"): at least MIN_PASSWORD_LENGTH
// characters (the request schemas check that), nothing containing the person's name or email,
// and nothing the zxcvbn-ts estimator scores below MIN_PASSWORD_SCORE with its common-password,
// common-word and name dictionaries. One check for setup, user creation, reset and change.

/** zxcvbn's 0–4 scale; 3 means "safely unguessable: moderate protection from an offline attack". */
export const MIN_PASSWORD_SCORE = 3;

export interface PasswordOwner {
  email: string;
  name: string;
}

type Estimator = { check(password: string, userInputs?: string[]): { score: number } };
let estimator: Promise<Estimator> | null = null;

/** Loads the dictionaries once, on first use (they are large; the server need not wait for them). */
function loadEstimator(): Promise<Estimator> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    // Levenshtein matching is left off: it costs ~0.5 s per check for little gain here.
    return new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs });
  })();
  return estimator;
}

const folded = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * What of the person a password must not contain: the email, its local part, the name, and each
 * word of those of 4 characters or more (shorter ones, like "Al", would refuse too much).
 * The domain is left out: a shared one (the company's) is no more the person than any word.
 */
function personalWords(owner: PasswordOwner): string[] {
  const email = owner.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  const wholes = [email, local, owner.name].map(folded).filter((w) => w.length >= 3);
  const parts = [...local.split(/[^\p{L}\p{N}]+/u), ...owner.name.split(/[^\p{L}\p{N}]+/u)].map(folded).filter((w) => w.length >= 4);
  return [...new Set([...wholes, ...parts])];
}

/** Why `password` is refused, in plain words for its owner; null when it is acceptable. */
export async function passwordProblem(password: string, owner: PasswordOwner): Promise<string | null> {
  const plain = folded(password);
  if (personalWords(owner).some((w) => plain.includes(w))) return 'The password must not contain your name or email';
  const { score } = (await loadEstimator()).check(password, personalWords(owner));
  if (score < MIN_PASSWORD_SCORE) return 'This password is too common or too easy to guess; a few unrelated words make a strong one';
  return null;
}

/** Throws the 400 validation error, naming the request field (`body.password`, `body.new_password`). */
export async function assertAcceptablePassword(password: string, owner: PasswordOwner, path: string): Promise<void> {
  const problem = await passwordProblem(password, owner);
  if (problem) throw validationFailed(problem, [{ path, message: problem }]);
}
