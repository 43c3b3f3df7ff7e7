import { describe, expect, it } from 'vitest';
import { WEEK_STARTS } from './calendar.js';
import { canonicalLocale, WEEK_START_ISO_DAY, weekStartOfIsoDay } from './time-settings.js';

describe('weekStartOfIsoDay', () => {
  it('maps Monday, Saturday and Sunday both ways, and no other weekday', () => {
    for (const start of WEEK_STARTS) expect(weekStartOfIsoDay(WEEK_START_ISO_DAY[start])).toBe(start);
    expect(WEEK_START_ISO_DAY).toEqual({ monday: 1, saturday: 6, sunday: 7 });
    for (const day of [0, 2, 3, 4, 5, 8]) expect(weekStartOfIsoDay(day)).toBeNull();
  });
});

describe('canonicalLocale', () => {
  it('spells a language tag canonically and refuses what is not one', () => {
    expect(canonicalLocale('en-gb')).toBe('en-GB');
    expect(canonicalLocale('de')).toBe('de');
    expect(canonicalLocale('sr-latn-rs')).toBe('sr-Latn-RS');
    for (const bad of ['', ' en', 'en_GB', 'not a locale', '12345']) expect(canonicalLocale(bad)).toBeNull();
  });
});
