/**
 * The response writer (lib/response-serializer.ts) writes nullable scalars from a type list instead
 * of an `anyOf` Fastify's default would check with Ajv value by value. It must write the same bytes
 * as the default for every value the schema allows.
 */
import fc from 'fast-check';
import fastJson from 'fast-json-stringify';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { serializerCompiler, writingSchema } from '../src/lib/response-serializer.js';
import { TimeEntryList } from '../src/modules/time-entries/time-entries.schemas.js';

const write = (schema: unknown) => serializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' });

const instant = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const entry = fc.record({
  id: fc.integer({ min: 1 }),
  user_id: fc.integer({ min: 1 }),
  user: fc.record({ id: fc.integer({ min: 1 }), name: fc.string() }),
  project_id: fc.integer({ min: 1 }),
  task_id: fc.option(fc.integer({ min: 1 })),
  start_time: instant,
  end_time: fc.option(instant),
  duration_seconds: fc.option(fc.integer({ min: 1, max: 604_800 })),
  billable: fc.boolean(),
  notes: fc.string(),
  approval_status: fc.option(fc.constantFrom('pending', 'approved', 'rejected')),
  invoice_id: fc.option(fc.integer({ min: 1 })),
  created_at: instant,
  updated_at: instant,
});

describe('the response writer', () => {
  it('writes a list of time entries byte for byte as the default writer, nulls and values alike', () => {
    const ours = write(TimeEntryList);
    const theirs = fastJson(TimeEntryList as never);
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (time_entries) => {
        const page = { time_entries, pagination: { page: 1, per_page: 50, total: time_entries.length, pages: 1 } };
        expect(ours(page)).toBe(theirs(page));
      }),
      { numRuns: 300 },
    );
  });

  it('turns every nullable scalar of the entry into a type list, and leaves unions of objects alone', () => {
    const props = (writingSchema(TimeEntryList) as { properties: { time_entries: { items: { properties: Record<string, unknown> } } } })
      .properties.time_entries.items.properties;
    expect(props.task_id).toMatchObject({ type: ['integer', 'null'] });
    expect(props.end_time).toMatchObject({ type: ['string', 'null'], format: 'date-time' });
    expect(props.approval_status).toMatchObject({ type: ['string', 'null'] });
    expect(JSON.stringify(props)).not.toContain('anyOf');

    const objectOrNull = Type.Union([Type.Object({ a: Type.Integer() }), Type.Null()]);
    expect(writingSchema(objectOrNull)).toEqual(JSON.parse(JSON.stringify(objectOrNull)));
    const mixed = Type.Union([Type.String(), Type.Integer(), Type.Null()]);
    expect(writingSchema(mixed)).toEqual(JSON.parse(JSON.stringify(mixed)));
  });
});
