import {
  editorByType,
  findRule,
  findStandardField,
  knownRules,
  operators,
  operatorsFor,
  pairsFor,
  standardFields,
  valuelessOperators,
  type KnownFieldType,
  type Query,
  type ValueEditor,
} from '../../segment';

/*
 * What changing one part of a condition does to the rest: picking a known rule or profile field
 * sets its type, keeps the operator when it still applies, and gives the value the parameters the
 * rule takes (keeping values already typed). Anything unknown is left exactly as typed.
 */

export type QueryPart = 'compo' | 'name' | 'operator' | 'type';

/** The operators offered for a condition: its rule's, else those of its field type. */
export function operatorOptions(query: Pick<Query, 'compo' | 'name' | 'type'>): readonly string[] {
  return findRule(query)?.operators ?? operatorsFor(query.type);
}

/** A field of the segment's database (from the API), offered beside the standard ones. */
export type CustomField = { name: string; type: string };

/**
 * Field names offered for a source: profile fields for `default` (the standard ones, then the
 * database's own `custom` fields), and every known rule's field.
 */
export function fieldOptions(
  compo: string,
  custom: readonly CustomField[] = [],
): readonly string[] {
  const names = new Set<string>();
  if (compo === 'default') for (const field of standardFields) names.add(field.name);
  if (compo === 'default') for (const field of custom) names.add(field.name);
  for (const rule of knownRules) if (rule.compo === compo) names.add(rule.name);
  if (names.size === 0) for (const field of standardFields) names.add(field.name);
  return [...names];
}

/** The condition after `part` is set to `value`, with the dependent parts adjusted (`custom`: the database's fields). */
export function changeQuery(
  query: Query,
  part: QueryPart,
  value: string,
  custom: readonly CustomField[] = [],
): Query {
  const next: Query = { ...query, [part]: value };
  if (part === 'operator') {
    if (valuelessOperators.includes(value)) return { ...next, value: [] };
    if (query.value.length === 0) return { ...next, value: pairsFor(next) };
    return next;
  }
  if (part === 'compo' || part === 'name') {
    const rule = findRule(next);
    const field =
      next.compo === 'default'
        ? (findStandardField(next.name) ?? custom.find((f) => f.name === next.name))
        : undefined;
    if (rule) next.type = rule.type;
    else if (field) next.type = field.type;
    else return next;
  }
  const allowed = operatorOptions(next);
  // A known operator that does not apply gives way; an operator code the catalogue does not know
  // (typed under API codes for an unknown rule) is kept as typed.
  const replace = next.operator === '' || Object.hasOwn(operators, next.operator);
  if (replace && !allowed.includes(next.operator) && allowed[0] !== undefined)
    next.operator = allowed[0];
  next.value = valuelessOperators.includes(next.operator) ? [] : pairsFor(next);
  return next;
}

/** How the comparison value of a condition is edited. `pairs`: free name/value pairs. */
export type ValueMode =
  { kind: 'none' } | { kind: 'rule' } | { kind: 'single'; editor: ValueEditor } | { kind: 'pairs' };

/** The value editor a condition takes. */
export function valueModeOf(
  query: Pick<Query, 'compo' | 'name' | 'type' | 'operator' | 'value'>,
): ValueMode {
  if (valuelessOperators.includes(query.operator) && query.value.length === 0)
    return { kind: 'none' };
  if (findRule(query)) return { kind: 'rule' };
  const known = query.type in editorByType;
  const single = query.value.length === 1 && query.value[0]?.name === 'value';
  if (query.compo === 'default' && known && single) {
    if (query.operator === 'in_list' || query.operator === 'not_in_list')
      return { kind: 'single', editor: 'list' };
    return { kind: 'single', editor: editorByType[query.type as KnownFieldType] };
  }
  return { kind: 'pairs' };
}
