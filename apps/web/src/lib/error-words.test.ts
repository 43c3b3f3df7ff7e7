import { describe, expect, it } from 'vitest';
import { fieldErrorsSummary, fieldName, fieldSentence, plainFieldMessage, plainMessage } from './error-words';

describe('error words', () => {
  it("names fields in words, or by the form's label", () => {
    expect(fieldName('querystring.end_date')).toBe('End date');
    expect(fieldName('body.project_id')).toBe('Project');
    expect(fieldName('body.lines.0.unit_price')).toBe('Line 1 unit price');
    expect(fieldName('/email')).toBe('Email');
    expect(fieldName('querystring.end_date', { end_date: 'To' })).toBe('To');
  });

  it.each([
    ['must match format "date"', 'enter a date like 2026-12-04'],
    ['must match format "email"', 'enter an email address like name@example.com'],
    ['must be integer', 'enter a whole number'],
    ['must NOT have fewer than 1 characters', 'cannot be empty'],
    ['must NOT have more than 200 characters', 'use at most 200 characters'],
    ['must be >= 0', 'enter 0 or more'],
    ['must be equal to one of the allowed values', 'choose one of the offered values'],
    ['must match pattern "^[A-Z]{3}$"', 'is not in the expected format'],
    ['must not be before start_date', 'must not be before start date'],
    ['must be in the future', 'must be in the future'],
  ])('%s → %s', (raw, plain) => {
    expect(plainFieldMessage(raw)).toBe(plain);
  });

  it('writes the message beside an input as a sentence', () => {
    expect(fieldSentence('is required')).toBe('Required');
    expect(fieldSentence('must match format "date"')).toBe('Enter a date like 2026-12-04');
  });

  it('sums up several field errors, and removes paths and snake_case from any message', () => {
    expect(
      fieldErrorsSummary([
        { path: 'querystring.start_date', message: 'must match format "date"' },
        { path: 'querystring.end_date', message: 'must not be before start_date' },
      ]),
    ).toBe('Start date: enter a date like 2026-12-04. End date: must not be before start date.');
    expect(plainMessage('querystring.end_date must not be before start_date')).toBe('End date must not be before start date');
    // A scope keeps its exact spelling: an administrator types it.
    expect(plainMessage("This endpoint requires the 'write:time_entries' scope")).toBe(
      "This endpoint requires the 'write:time_entries' scope",
    );
  });
});
