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
import { kindOf, type Group, type Query, type SegmentRequest, type ValuePair } from './schema';

/*
 * The plain-language summary of a segment, from the catalogue's labels. Pure: the same request and
 * language always give the same text. Unknown rules are described generically, never dropped.
 */

export type SummaryLanguage = keyof Label;

const phrases = {
  en: {
    static: 'Static segment',
    dynamic: 'Dynamic segment',
    updatable: 'Updatable segment (refreshed daily)',
    onDatabase: (id: number | undefined) => (id === undefined ? '' : ` on database ${id}`),
    staticBody: 'profiles added by hand or by import',
    whose: 'profiles where',
    and: ' and ',
    or: ' or ',
    everyone: 'all profiles',
    sample: (from: number, to: number) =>
      from === 0 && to === 100 ? 'all matches' : `a ${from}-${to} % sample`,
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
    onDatabase: (id: number | undefined) => (id === undefined ? '' : ` на базе ${id}`),
    staticBody: 'профили, добавленные вручную или импортом',
    whose: 'профили, где',
    and: ' и ',
    or: ' или ',
    everyone: 'все профили',
    sample: (from: number, to: number) =>
      from === 0 && to === 100 ? 'все совпадения' : `выборка ${from}-${to} %`,
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

/** One condition in words. */
export function describeQuery(query: Query, lang: SummaryLanguage): string {
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
    const name = field ? field.label[lang] : query.name;
    if (valuelessOperators.includes(query.operator)) return `${name} ${op}`;
    const values = query.value.map((pair) => pairText(pair, lang));
    return `${name} ${op} ${values.join(', ') || p.empty}`;
  }
  const params = query.value.map((pair) => `${pair.name} = ${pairText(pair, lang)}`).join(', ');
  const source = labelOf(compos, query.compo, lang);
  return `${p.unknownRule(query.name, source)} ${op}${params ? ` ${p.with} ${params}` : ''}`;
}

/** One rule group in words: its conditions, its sample and its limit. */
export function describeGroup(group: Group, lang: SummaryLanguage): string {
  const p = phrases[lang];
  const joiner = group.condition === 'or' ? p.or : p.and;
  const conditions = group.queries.map((q) => describeQuery(q, lang)).join(joiner);
  const who = conditions ? `${p.whose} ${conditions}` : p.everyone;
  return `${who}; ${p.sample(group.percent_from, group.percent_to)}, ${p.limit(group.limit)}`;
}

/**
 * The whole segment in a sentence, e.g. "Dynamic segment on database 6: profiles whose e-mail domain
 * group equals Yahoo! (US); a 1-99 % sample, no limit".
 */
export function summarizeRequest(
  request: SegmentRequest,
  lang: SummaryLanguage,
  describe: (group: Group, lang: SummaryLanguage) => string = describeGroup,
): string {
  const p = phrases[lang];
  const kind = kindOf(request);
  const head = `${p[kind]}${p.onDatabase(request.list_id ?? request.segment?.[0]?.list_id)}`;
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
 */
export function createRequestSummarizer(): (request: SegmentRequest, lang: SummaryLanguage) => string {
  const kept = { en: new WeakMap<Group, string>(), ru: new WeakMap<Group, string>() };
  const describe = (group: Group, lang: SummaryLanguage) => {
    if (typeof group !== 'object' || group === null) return describeGroup(group, lang);
    let text = kept[lang].get(group);
    if (text === undefined) kept[lang].set(group, (text = describeGroup(group, lang)));
    return text;
  };
  return (request, lang) => summarizeRequest(request, lang, describe);
}
