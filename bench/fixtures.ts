import { createGroup, type Group, type Query, type SegmentRequest } from '../src/segment';

/** The conditions the benchmark segments are made of: a mix of known and unknown rules. */
function condition(g: number, q: number): Query {
  switch (q % 4) {
    case 0:
      return {
        compo: 'default',
        name: '_city',
        operator: 'equal',
        type: 'string',
        value: [{ name: 'value', value: `City ${g}-${q}` }],
      };
    case 1:
      return {
        compo: 'domaingroup',
        name: 'email',
        operator: 'equal',
        type: 'email',
        value: [{ name: 'domaingroup', value: 'Yahoo! (US)' }],
      };
    case 2:
      return {
        compo: 'default',
        name: 'statseg',
        operator: 'once',
        type: 'statseg',
        value: [{ name: 'segment_id', value: (q % 7) + 1 }],
      };
    default:
      return {
        compo: 'dataurl',
        name: 'subscription_email',
        operator: 'in_data',
        type: 'subscription_email',
        value: [
          { name: 'field', value: 'subscriptions' },
          { name: 'resource_id', value: q },
          { name: 'url', value: `https://example.com/data/${g}/${q}.json` },
        ],
      };
  }
}

/** A dynamic segment request with `groups` groups of `conditions` conditions on database `listId`. */
export function benchRequest(groups: number, conditions: number, listId = 6): SegmentRequest {
  const segment: Group[] = Array.from({ length: groups }, (_, g) => ({
    ...createGroup(listId),
    condition: g % 2 ? 'or' : 'and',
    queries: Array.from({ length: conditions }, (_, q) => condition(g, q)),
  }));
  return { list_id: listId, name: `Bench ${groups}x${conditions}`, is_static: false, segment };
}
