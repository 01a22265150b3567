import {
  compos,
  fieldTypes,
  findRule,
  findStandardField,
  knownRules,
  labelOf,
  operators,
  standardFields,
  type Label,
  type Query,
} from '../segment';
import type { CatalogueField } from './catalogue-context';
import type { PickerOption } from './picker-list';
import { changeQuery, operatorOptions } from './model/query-change';

/*
 * The words of a condition's Field and Operator pickers: which fields there are (the catalogue's
 * rules, the standard profile fields, the database's own fields by their titles), what a condition's
 * field and operator read as, and what choosing one does to the condition.
 */

type Lang = keyof Label;

const sections = {
  profile: { en: 'Profile data', ru: 'Данные профиля' },
  database: { en: 'Fields of this database', ru: 'Поля этой базы' },
} as const satisfies Record<string, Label>;

const SEP = '\u0000';
/** The option key of a field: its source and name. */
export const fieldKey = (compo: string, name: string) => `${compo}${SEP}${name}`;

/**
 * Every field a condition can be about, grouped by source: profile data (the standard fields), the
 * database's own fields by their titles, then each known rule under its own heading.
 */
export function fieldChoices(
  custom: readonly CatalogueField[] | undefined,
  lang: Lang,
): PickerOption[] {
  const options: PickerOption[] = standardFields.map((field) => ({
    key: fieldKey('default', field.name),
    text: field.label[lang],
    code: field.name,
    section: sections.profile[lang],
  }));
  for (const field of custom ?? []) {
    if (findStandardField(field.name) || findRule({ compo: 'default', name: field.name })) continue;
    options.push({
      key: fieldKey('default', field.name),
      text: field.title || field.name,
      code: field.name,
      section: sections.database[lang],
    });
  }
  for (const rule of knownRules) {
    options.push({
      key: fieldKey(rule.compo, rule.name),
      text: rule.label[lang],
      code: `${rule.compo} · ${rule.name}`,
      section: rule.section[lang],
    });
  }
  return options;
}

/** The catalogue field of a condition's profile field, when the database lists it. */
const customField = (
  query: Pick<Query, 'compo' | 'name'>,
  custom: readonly CatalogueField[] | undefined,
) => (query.compo === 'default' ? custom?.find((field) => field.name === query.name) : undefined);

/** What a condition's field reads as: its rule, standard field or database field title; else its code. */
export function fieldText(
  query: Pick<Query, 'compo' | 'name'>,
  custom: readonly CatalogueField[] | undefined,
  lang: Lang,
): string {
  const rule = findRule(query);
  if (rule) return rule.label[lang];
  const standard = query.compo === 'default' ? findStandardField(query.name) : undefined;
  if (standard) return standard.label[lang];
  const field = customField(query, custom);
  if (field) return field.title || field.name;
  if (query.compo === 'default' || query.compo === '') return query.name;
  return `${query.name} (${labelOf(compos, query.compo, lang)})`;
}

/**
 * Whether the catalogue knows the condition: its field (a rule, a standard or database field), its
 * operator and its type. One it does not know shows its API codes from the start.
 */
export function isKnownCondition(
  query: Query,
  custom: readonly CatalogueField[] | undefined,
): boolean {
  const known =
    findRule(query) ??
    (query.compo === 'default'
      ? (findStandardField(query.name) ?? customField(query, custom))
      : undefined);
  return (
    known !== undefined &&
    Object.hasOwn(operators, query.operator) &&
    Object.hasOwn(fieldTypes, query.type)
  );
}

/** The operators offered for a condition, in words; its own operator too when it is not among them. */
export function operatorChoices(
  query: Pick<Query, 'compo' | 'name' | 'type' | 'operator'>,
  lang: Lang,
): PickerOption[] {
  const keys = [...operatorOptions(query)];
  if (query.operator !== '' && !keys.includes(query.operator)) keys.push(query.operator);
  return keys.map((key) => {
    const text = labelOf(operators, key, lang);
    return { key, text, code: key };
  });
}

/** What a condition's operator reads as. */
export const operatorText = (operator: string, lang: Lang): string =>
  labelOf(operators, operator, lang);

/**
 * The condition with the field of option `key` chosen: source, name and type set together (the
 * type from the rule or the field, correcting one that contradicts it), the operator kept when it
 * still applies, the value given the parameters the rule takes.
 */
export function chooseField(
  query: Query,
  key: string,
  custom: readonly CatalogueField[] | undefined,
): Query {
  const [compo = '', name = ''] = key.split(SEP);
  const withSource = compo === query.compo ? query : { ...query, compo };
  return changeQuery(withSource, 'name', name, custom);
}
