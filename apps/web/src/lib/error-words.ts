/**
 * Error text for people. The API's validation answers name schema paths (`querystring.end_date`)
 * and use the validator's wording (`must match format "date"`), written for developers
 * (docs/api/README.md#errors). The API client passes every error through here, once, so no screen
 * shows a path, a snake_case name or schema text.
 */
import { isPermission, permissionLabel, type FieldError } from '@timekeeper/shared';
import { capitalise, codeWords } from './words';

/** Labels a form gives its fields (`{ end_date: 'To' }`), used instead of the readable field name. */
export type FieldLabels = Readonly<Record<string, string>>;

const LOCATION = /^\/|^(?:body|querystring|params|headers)(?:[./]|$)/;

/** The field a path names: `body.email` → `email`, `querystring.end_date` → `end_date`, `body.roles.0.role` → `roles.0.role`. */
export function fieldOf(path: string): string {
  return path.replace(LOCATION, '').replace(/\//g, '.');
}

const words = (name: string) => codeWords(name.replace(/_id$/, ''));

/** A readable name for a field path: `querystring.end_date` → "End date", `body.lines.0.unit_price` → "Line 1 unit price". */
export function fieldName(path: string, labels: FieldLabels = {}): string {
  const field = fieldOf(path);
  const label = labels[field];
  if (label) return label;
  const parts = field.split('.').filter(Boolean);
  if (parts.length === 0) return 'This request';
  const out: string[] = [];
  for (const part of parts) {
    // `lines.0` → "line 1": the item of the list before it, counted from one.
    if (/^\d+$/.test(part)) out.push(`${(out.pop() ?? 'item').replace(/s$/, '')} ${Number(part) + 1}`);
    else out.push(words(part));
  }
  return capitalise(out.join(' '));
}

const FORMATS: Record<string, string> = {
  date: 'enter a date like 2026-12-04',
  'date-time': 'enter a date and time',
  time: 'enter a time like 09:30',
  email: 'enter an email address like name@example.com',
  uri: 'enter a web address',
  uuid: 'enter a valid identifier',
};

/** Validator wording → plain words; anything not recognised keeps its own words (services already write them for people). */
const PHRASES: [RegExp, (...groups: string[]) => string][] = [
  [/^must match format "([^"]+)"$/, (format) => FORMATS[format ?? ''] ?? 'is not in the expected format'],
  [/^must match pattern .*$/, () => 'is not in the expected format'],
  [/^must be integer$/, () => 'enter a whole number'],
  [/^must be number$/, () => 'enter a number'],
  [/^must be string$/, () => 'enter some text'],
  [/^must be boolean$/, () => 'choose yes or no'],
  [/^must be (?:array|object|null)(?:,.*)?$/, () => 'is not in the expected form'],
  [/^must NOT have fewer than 1 characters?$/, () => 'cannot be empty'],
  [/^must NOT have fewer than (\d+) characters$/, (n) => `use at least ${n} characters`],
  [/^must NOT have more than (\d+) characters$/, (n) => `use at most ${n} characters`],
  [/^must NOT have fewer than 1 items?$/, () => 'choose at least one'],
  [/^must NOT have fewer than (\d+) items$/, (n) => `choose at least ${n}`],
  [/^must NOT have more than (\d+) items$/, (n) => `choose at most ${n}`],
  [/^must be >= (-?[\d.]+)$/, (n) => `enter ${n} or more`],
  [/^must be > (-?[\d.]+)$/, (n) => `enter more than ${n}`],
  [/^must be <= (-?[\d.]+)$/, (n) => `enter ${n} or less`],
  [/^must be < (-?[\d.]+)$/, (n) => `enter less than ${n}`],
  [/^must be equal to one of the allowed values$/, () => 'choose one of the offered values'],
  [/^must be equal to constant$/, () => 'choose one of the offered values'],
  [/^must match (?:a schema in anyOf|exactly one schema in oneOf)$/, () => 'is not in the expected form'],
  [/^is required$/, () => 'is required'],
  [/^is not an allowed field$/, () => 'cannot be changed here'],
];

/** Any schema path, permission or snake_case name left inside a message, in words: `must not be before start_date` → `must not be before start date`. */
function deCode(message: string, labels: FieldLabels): string {
  return message
    .replace(/'([a-z_]+)' permission/g, (whole, name: string) => (isPermission(name) ? `“${permissionLabel(name)}” permission` : whole))
    .replace(/\b(?:body|querystring|params|headers)\.([\w.]+)/g, (_m, field: string) => fieldName(field, labels).toLowerCase())
    .replace(/(?<![:\w])[a-z]+(?:_[a-z]+)+\b/g, (name) => {
      const label = labels[name];
      return label ? label.toLowerCase() : words(name);
    });
}

/** The plain words for one field's error, said of the field ("enter a date like 2026-12-04"), without the field's name. */
export function plainFieldMessage(message: string, labels: FieldLabels = {}): string {
  const text = message.trim();
  for (const [pattern, say] of PHRASES) {
    const match = pattern.exec(text);
    if (match) return say(...match.slice(1));
  }
  return deCode(text, labels);
}

/** Shown next to an input: "Enter a date like 2026-12-04". */
export function fieldSentence(message: string, labels: FieldLabels = {}): string {
  // "is required" reads as "Required" beside its input.
  return capitalise(plainFieldMessage(message, labels).replace(/^is /, ''));
}

/** One line naming every field in error: "End date: enter a date like 2026-12-04. Project: is required." */
export function fieldErrorsSummary(errors: readonly FieldError[], labels: FieldLabels = {}): string {
  const lines = errors.slice(0, 3).map((e) => `${fieldName(e.path, labels)}: ${plainFieldMessage(e.message, labels)}.`);
  if (errors.length > 3) lines.push(`And ${errors.length - 3} more.`);
  return lines.join(' ');
}

/** An error message from the API, with any path or code in it turned into words. */
export function plainMessage(message: string, labels: FieldLabels = {}): string {
  return capitalise(deCode(message.trim(), labels));
}
