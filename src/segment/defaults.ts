import {
  fieldValuePair,
  findRule,
  findStandardField,
  editorByType,
  type KnownFieldType,
} from './catalogue';
import { kindFlags, type Group, type Query, type SegmentKind, type SegmentRequest } from './schema';

/** A new condition: the profile's e-mail equals an empty value, ready to be filled in. */
export function createQuery(): Query {
  return {
    compo: 'default',
    name: 'email',
    operator: 'equal',
    type: 'email',
    value: [{ name: fieldValuePair, value: '' }],
  };
}

/** A new rule group on database `listId`: match all, the whole audience, no limit. */
export function createGroup(listId: number): Group {
  return {
    list_id: listId,
    condition: 'and',
    limit: 0,
    percent_from: 0,
    percent_to: 100,
    queries: [createQuery()],
  };
}

/** A new request of `kind` on database `listId`. */
export function createRequest(kind: SegmentKind, listId: number, name = ''): SegmentRequest {
  return {
    list_id: listId,
    name,
    ...kindFlags(kind),
    ...(kind === 'static' ? {} : { segment: [createGroup(listId)] }),
  };
}

/**
 * The value pairs a condition should carry for its rule, keeping values already present: a known
 * rule's parameters, or one `value` pair for a profile field. Unknown rules keep theirs as they are.
 */
export function pairsFor(query: Pick<Query, 'compo' | 'name' | 'type' | 'value'>): Query['value'] {
  const rule = findRule(query);
  const current = new Map(query.value.map((pair) => [pair.name, pair.value]));
  if (rule) {
    return rule.pairs.map((spec) => ({
      name: spec.name,
      // A segment to pick starts empty, like every value still to choose: a 0 read as a picked
      // (nonexistent) segment 0 in the picker and in the plain-words summary.
      value: current.get(spec.name) ?? (spec.editor === 'number' ? 0 : ''),
    }));
  }
  if (query.compo === 'default' && (findStandardField(query.name) || query.type in editorByType)) {
    const editor = editorByType[query.type as KnownFieldType] ?? 'text';
    return [
      {
        name: fieldValuePair,
        value: current.get(fieldValuePair) ?? (editor === 'number' ? 0 : ''),
      },
    ];
  }
  return query.value;
}
