import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRequestSerializer,
  isCanonicalNumber,
  kindFlags,
  parseRequest,
  segmentKinds,
  segmentRequestSchema,
  serializeRequest,
  type Group,
  type Query,
  type SegmentRequest,
} from './index';

/*
 * Any valid request round-trips exactly through both codecs; in XML, by the one documented rule
 * (a pair value whose text is a canonical number comes back as that number).
 */

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

// Text with the characters XML must escape, non-Latin letters, emoji, spaces and line feeds. XML
// cannot carry control characters other than tab and line feed (CR is normalised), so none appear.
const unit = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      "'",
      ' ',
      '\n',
      '\t',
      'é',
      'ж',
      'Я',
      '你',
      '😀',
      '👩‍💻',
      '&amp;',
      ']]>',
    ),
  },
  { weight: 5, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xa0, max: 0xd7ff }).map((c) => String.fromCharCode(c)),
  },
);
const text = fc.string({ unit, maxLength: 24 });
const nonEmpty = fc.string({ unit, minLength: 1, maxLength: 24 });
const id = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const pairValue = fc.oneof(
  text,
  fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.constantFrom(1e21, 123456789012345680000, 0.1, 1.5e-7),
);

const query: fc.Arbitrary<Query> = fc
  .record(
    {
      compo: nonEmpty,
      name: nonEmpty,
      operator: nonEmpty,
      type: nonEmpty,
      value: fc.array(fc.record({ name: text, value: pairValue }), { maxLength: 4 }),
      object_path: text,
      vendor_extra: text,
    },
    { requiredKeys: ['compo', 'name', 'operator', 'type', 'value'] },
  )
  .map((q) => q as Query);

const group = (listId: number): fc.Arbitrary<Group> =>
  fc
    .record({
      condition: fc.constantFrom('and' as const, 'or' as const),
      limit: fc.integer({ min: 0, max: 10_000_000 }),
      from: fc.integer({ min: 0, max: 99 }),
      span: fc.integer({ min: 1, max: 100 }),
      queries: fc.array(query, { minLength: 1, maxLength: 4 }),
    })
    .map(({ condition, limit, from, span, queries }) => ({
      list_id: listId,
      condition,
      limit,
      percent_from: from,
      percent_to: Math.min(100, from + span),
      queries,
    }));

const request: fc.Arbitrary<SegmentRequest> = fc
  .record({
    kind: fc.constantFrom(...segmentKinds),
    listId: id,
    id: fc.option(id, { nil: undefined }),
    name: nonEmpty,
    token: fc.option(text, { nil: undefined }),
    format: fc.option(fc.constantFrom('json' as const, 'xml' as const), { nil: undefined }),
  })
  .chain(({ kind, listId, ...rest }) =>
    (kind === 'static'
      ? fc.constant(undefined)
      : fc.array(group(listId), { minLength: 1, maxLength: 3 })
    ).map((segment): SegmentRequest => {
      const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      const r = { ...defined, list_id: listId, ...kindFlags(kind) } as SegmentRequest;
      if (segment) r.segment = segment;
      return segmentRequestSchema.parse(r);
    }),
  );

/** What XML gives back: pair values whose text is a canonical number become numbers. */
function afterXml(r: SegmentRequest): SegmentRequest {
  return {
    ...r,
    ...(r.segment && {
      segment: r.segment.map((g) => ({
        ...g,
        queries: g.queries.map((q) => ({
          ...q,
          value: q.value.map((p) =>
            typeof p.value === 'string' && isCanonicalNumber(p.value)
              ? { ...p, value: Number(p.value) }
              : p,
          ),
        })),
      })),
    }),
  };
}

describe('round trips of random valid requests', () => {
  it(`JSON gives back exactly the request (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(request, (r) => {
        expect(parseRequest(serializeRequest(r, 'json'), 'json')).toStrictEqual(r);
      }),
      { numRuns: RUNS },
    );
  });

  it(`XML gives back the request, by the value typing rule (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(request, (r) => {
        expect(parseRequest(serializeRequest(r, 'xml'), 'xml')).toStrictEqual(afterXml(r));
      }),
      { numRuns: RUNS },
    );
  });

  it('XML is exact for requests whose text values do not look like numbers', () => {
    fc.assert(
      fc.property(request, (r) => {
        fc.pre(JSON.stringify(afterXml(r)) === JSON.stringify(r));
        expect(parseRequest(serializeRequest(r, 'xml'), 'xml')).toStrictEqual(r);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});

describe('createRequestSerializer', () => {
  const formats = ['json', 'xml'] as const;

  it(`writes exactly serializeRequest's text, also for a next request sharing some groups (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        request,
        request,
        fc.array(fc.boolean(), { maxLength: 3 }),
        (first, other, keep) => {
          const serialize = createRequestSerializer();
          for (const format of formats)
            expect(serialize(first, format)).toBe(serializeRequest(first, format));
          // The next request keeps some of the first one's groups (the same objects) and has new ones.
          const groups = (other.segment ?? []).map(
            (group, i) => (keep[i] && first.segment?.[i]) || group,
          );
          const next: SegmentRequest = { ...other, ...(other.segment && { segment: groups }) };
          for (const format of formats)
            expect(serialize(next, format)).toBe(serializeRequest(next, format));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('writes invalid drafts, unknown fields and odd groups as serializeRequest does', () => {
    const base = { list_id: 1, name: '', is_static: false } as SegmentRequest;
    const odd = [
      { ...base, segment: [{ list_id: 1, condition: 'and', limit: '12a', queries: [] }] },
      { ...base, segment: [] },
      { ...base, segment: [null, 'text', [1]] },
      { ...base, vendor: { a: 1 }, segment: [{ list_id: 1, queries: [{ compo: '<&>' }] }] },
      { segment: [{ list_id: 1 }] },
      { ...base, token: 'secret', format: 'xml', segment: [{ list_id: 2, percent_to: 100 }] },
    ] as unknown as SegmentRequest[];
    const serialize = createRequestSerializer();
    for (const r of odd)
      for (const format of formats) expect(serialize(r, format)).toBe(serializeRequest(r, format));
  });
});
