import {
  compos,
  findRule,
  findStandardField,
  labelOf,
  operatorPhrases,
  operators,
  valuelessOperators,
  type KnownOperator,
  type Label,
} from './catalogue';
import { listIdOf } from './request-fields';
import { describeSample } from './sample';
import { kindOf, type Group, type Query, type SegmentRequest, type ValuePair } from './schema';

/*
 * The plain-language summary of a segment, from the catalogue's labels. Pure: the same request and
 * language always give the same text. Unknown rules are described generically, never dropped.
 */

export type SummaryLanguage = keyof Label;

/**
 * What the API knows beyond the catalogue, so that the summary can say it in words: the titles of
 * the database's own fields (`databases/fields_get`) and the names of databases.
 */
export interface SummaryNames {
  fieldTitle?: (name: string) => string | undefined;
  databaseName?: (id: number) => string | undefined;
}

const noNames: SummaryNames = {};

const phrases = {
  en: {
    static: 'Static segment',
    dynamic: 'Dynamic segment',
    updatable: 'Updatable segment (refreshed daily)',
    onDatabase: (id: number | undefined, name?: string) =>
      id === undefined ? '' : name ? ` on database “${name}”` : ` on database ${id}`,
    staticBody: 'profiles added by hand or by import',
    whose: 'profiles where',
    and: ' and ',
    or: ' or ',
    everyone: 'all profiles',
    limit: (limit: number) => (limit === 0 ? 'no limit' : `at most ${limit} profiles`),
    groups: (n: number) => `${n} rule groups`,
    group: (i: number) => `Group ${i}`,
    noRules: 'no rules yet',
    with: 'with',
    source: 'source',
    unknownRule: (name: string, compo: string) => `rule "${name}" (source ${compo})`,
    empty: '(empty)',
  },
  ru: {
    static: 'Статический сегмент',
    dynamic: 'Динамический сегмент',
    updatable: 'Обновляемый сегмент (пересчитывается ежедневно)',
    onDatabase: (id: number | undefined, name?: string) =>
      id === undefined ? '' : name ? ` на базе «${name}»` : ` на базе ${id}`,
    staticBody: 'профили, добавленные вручную или импортом',
    whose: 'профили, где',
    and: ' и ',
    or: ' или ',
    everyone: 'все профили',
    limit: (limit: number) => (limit === 0 ? 'без лимита' : `не более ${limit} профилей`),
    groups: (n: number) => `групп правил: ${n}`,
    group: (i: number) => `Группа ${i}`,
    noRules: 'правил пока нет',
    with: 'с параметрами',
    source: 'источник',
    unknownRule: (name: string, compo: string) => `правило «${name}» (источник ${compo})`,
    empty: '(пусто)',
  },
} as const;

const pairText = (pair: ValuePair, lang: SummaryLanguage) =>
  pair.value === '' ? phrases[lang].empty : String(pair.value);

const operatorText = (operator: string, lang: SummaryLanguage): string =>
  Object.hasOwn(operatorPhrases, operator)
    ? (operatorPhrases[operator as KnownOperator] as Label)[lang]
    : labelOf(operators, operator, lang);

/** One condition in words, its field by title ("Visits is greater than 10"). */
export function describeQuery(
  query: Query,
  lang: SummaryLanguage,
  names: SummaryNames = noNames,
): string {
  const p = phrases[lang];
  const op = operatorText(query.operator, lang);
  const rule = findRule(query);
  if (rule) {
    const values = new Map(query.value.map((pair) => [pair.name, pairText(pair, lang)]));
    return rule.phrase[lang].replace(/\{(\w+)\}/g, (_, name: string) =>
      name === 'op' ? op : (values.get(name) ?? p.empty),
    );
  }
  const field = findStandardField(query.name);
  if (query.compo === 'default') {
    const name = field ? field.label[lang] : (names.fieldTitle?.(query.name) ?? query.name);
    if (valuelessOperators.includes(query.operator)) return `${name} ${op}`;
    const values = query.value.map((pair) => pairText(pair, lang));
    return `${name} ${op} ${values.join(', ') || p.empty}`;
  }
  const params = query.value.map((pair) => `${pair.name} = ${pairText(pair, lang)}`).join(', ');
  const source = labelOf(compos, query.compo, lang);
  return `${p.unknownRule(query.name, source)} ${op}${params ? ` ${p.with} ${params}` : ''}`;
}

/** One rule group in words: its conditions, its sample and its limit. */
export function describeGroup(
  group: Group,
  lang: SummaryLanguage,
  names: SummaryNames = noNames,
): string {
  const p = phrases[lang];
  const joiner = group.condition === 'or' ? p.or : p.and;
  const conditions = group.queries.map((q) => describeQuery(q, lang, names)).join(joiner);
  const who = conditions ? `${p.whose} ${conditions}` : p.everyone;
  return `${who}; ${describeSample(group.percent_from, group.percent_to, lang)}, ${p.limit(group.limit)}`;
}

/**
 * The whole segment in a sentence, e.g. "Dynamic segment on database 6: profiles where the e-mail
 * domain group is Yahoo! (US); sample 1–99%, no limit". `names` puts the database's field titles
 * and database names in place of their codes.
 */
export function summarizeRequest(
  request: SegmentRequest,
  lang: SummaryLanguage,
  names: SummaryNames = noNames,
  describe: (group: Group, lang: SummaryLanguage) => string = (group) =>
    describeGroup(group, lang, names),
): string {
  const p = phrases[lang];
  const kind = kindOf(request);
  const listId = listIdOf(request);
  const head = `${p[kind]}${p.onDatabase(listId, listId === undefined ? undefined : names.databaseName?.(listId))}`;
  if (kind === 'static') return `${head}: ${p.staticBody}`;
  const groups = request.segment ?? [];
  if (groups.length === 0) return `${head}: ${p.noRules}`;
  if (groups.length === 1 && groups[0]) return `${head}: ${describe(groups[0], lang)}`;
  const parts = groups.map((g, i) => `${p.group(i + 1)}: ${describe(g, lang)}`);
  return `${head}, ${p.groups(groups.length)}. ${parts.join('. ')}`;
}

/**
 * A summarizeRequest that keeps each group's words (by identity: never change a group object in
 * place after summarizing it), for the editor's successive requests, which share unchanged groups.
 * The words kept are forgotten when `names` is another object (memoize it).
 */
export function createRequestSummarizer(): (
  request: SegmentRequest,
  lang: SummaryLanguage,
  names?: SummaryNames,
) => string {
  let kept = { en: new WeakMap<Group, string>(), ru: new WeakMap<Group, string>() };
  let keptFor: SummaryNames | undefined;
  return (request, lang, names = noNames) => {
    if (names !== keptFor) {
      kept = { en: new WeakMap(), ru: new WeakMap() };
      keptFor = names;
    }
    const describe = (group: Group) => {
      if (typeof group !== 'object' || group === null) return describeGroup(group, lang, names);
      let text = kept[lang].get(group);
      if (text === undefined) kept[lang].set(group, (text = describeGroup(group, lang, names)));
      return text;
    };
    return summarizeRequest(request, lang, names, describe);
  };
}
