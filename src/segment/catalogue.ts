/*
 * The built-in catalogue of known condition values (altcraft-api.md section 5). Altcraft's full
 * catalogue is not public: pickers offer these and accept any other string. Adding a rule kind is
 * adding an entry here; no code path names a rule.
 */

/** Labels in both languages. */
export interface Label {
  en: string;
  ru: string;
}

/** How a value pair is edited. */
export type ValueEditor = 'text' | 'number' | 'date' | 'list' | 'segment' | 'url' | 'domaingroup';

/** The data source of a condition (`compo`). */
export const compos = {
  default: { en: 'Profile data', ru: 'Данные профиля' },
  domaingroup: { en: 'E-mail domain group', ru: 'Группа почтовых доменов' },
  dataurl: { en: 'Data from a URL', ru: 'Данные по URL' },
} as const satisfies Record<string, Label>;

/** Field types (`type`) and the operators that apply to each. */
export const fieldTypes = {
  string: { en: 'Text', ru: 'Текст' },
  email: { en: 'E-mail', ru: 'E-mail' },
  phone: { en: 'Phone', ru: 'Телефон' },
  int: { en: 'Whole number', ru: 'Целое число' },
  float: { en: 'Number', ru: 'Число' },
  date: { en: 'Date', ru: 'Дата' },
  datetime: { en: 'Date and time', ru: 'Дата и время' },
  tags: { en: 'Tags', ru: 'Теги' },
  sex: { en: 'Sex', ru: 'Пол' },
  statseg: { en: 'Segment membership', ru: 'Членство в сегменте' },
  subscription_email: { en: 'E-mail subscription', ru: 'Подписка на e-mail' },
} as const satisfies Record<string, Label>;
export type KnownFieldType = keyof typeof fieldTypes;

/** Operators with their labels. `equal`, `once` and `in_data` are from Altcraft's examples. */
export const operators = {
  equal: { en: 'equals', ru: 'равно' },
  not_equal: { en: 'does not equal', ru: 'не равно' },
  contains: { en: 'contains', ru: 'содержит' },
  not_contains: { en: 'does not contain', ru: 'не содержит' },
  begins: { en: 'begins with', ru: 'начинается с' },
  ends: { en: 'ends with', ru: 'заканчивается на' },
  exists: { en: 'exists', ru: 'существует' },
  not_exists: { en: 'does not exist', ru: 'не существует' },
  empty: { en: 'is empty', ru: 'пусто' },
  not_empty: { en: 'is not empty', ru: 'не пусто' },
  in_list: { en: 'is in list', ru: 'в списке' },
  not_in_list: { en: 'is not in list', ru: 'не в списке' },
  greater: { en: 'is greater than', ru: 'больше' },
  less: { en: 'is less than', ru: 'меньше' },
  after: { en: 'is after', ru: 'позже' },
  before: { en: 'is before', ru: 'раньше' },
  once: { en: 'was ever in', ru: 'когда-либо был в' },
  now: { en: 'is now in', ru: 'сейчас в' },
  never: { en: 'was never in', ru: 'никогда не был в' },
  in_data: { en: 'is in the data of', ru: 'есть в данных' },
  not_in_data: { en: 'is not in the data of', ru: 'нет в данных' },
} as const satisfies Record<string, Label>;
export type KnownOperator = keyof typeof operators;

/** How an operator reads inside a sentence of the summary, where it differs from its label. */
export const operatorPhrases: Partial<Record<KnownOperator, Label>> = {
  equal: { en: 'is', ru: 'совпадает с' },
  not_equal: { en: 'is not', ru: 'не совпадает с' },
  in_list: { en: 'is one of', ru: 'одно из' },
  not_in_list: { en: 'is none of', ru: 'ни одно из' },
};

/** Operators that take no value. */
export const valuelessOperators: readonly string[] = ['exists', 'not_exists', 'empty', 'not_empty'];

const textOps = [
  'equal',
  'not_equal',
  'contains',
  'not_contains',
  'begins',
  'ends',
  'in_list',
  'not_in_list',
  'empty',
  'not_empty',
  'exists',
  'not_exists',
] as const;
const numberOps = [
  'equal',
  'not_equal',
  'greater',
  'less',
  'in_list',
  'not_in_list',
  'empty',
  'not_empty',
] as const;
const dateOps = ['equal', 'not_equal', 'after', 'before', 'empty', 'not_empty'] as const;

/** Operators offered for each field type; an unknown type is offered every operator. */
export const operatorsByType: Record<KnownFieldType, readonly KnownOperator[]> = {
  string: textOps,
  email: textOps,
  phone: textOps,
  int: numberOps,
  float: numberOps,
  date: dateOps,
  datetime: dateOps,
  tags: ['contains', 'not_contains', 'empty', 'not_empty'],
  sex: ['equal', 'not_equal', 'empty', 'not_empty'],
  statseg: ['once', 'now', 'never'],
  subscription_email: ['in_data', 'not_in_data'],
};

/** The value editor a profile field's comparison value takes, by field type. */
export const editorByType: Record<KnownFieldType, ValueEditor> = {
  string: 'text',
  email: 'text',
  phone: 'text',
  int: 'number',
  float: 'number',
  date: 'date',
  datetime: 'date',
  tags: 'list',
  sex: 'text',
  statseg: 'segment',
  subscription_email: 'url',
};

/** A standard profile field (altcraft-api.md section 5). */
export interface ProfileField {
  name: string;
  type: KnownFieldType;
  label: Label;
}

export const standardFields: readonly ProfileField[] = [
  { name: 'email', type: 'email', label: { en: 'E-mail', ru: 'E-mail' } },
  { name: 'phones', type: 'phone', label: { en: 'Phone', ru: 'Телефон' } },
  { name: '_fname', type: 'string', label: { en: 'First name', ru: 'Имя' } },
  { name: '_lname', type: 'string', label: { en: 'Last name', ru: 'Фамилия' } },
  { name: '_bdate', type: 'date', label: { en: 'Birth date', ru: 'Дата рождения' } },
  { name: '_sex', type: 'sex', label: { en: 'Sex', ru: 'Пол' } },
  { name: '_regdate', type: 'date', label: { en: 'Registration date', ru: 'Дата регистрации' } },
  { name: '_regip', type: 'string', label: { en: 'Registration IP', ru: 'IP при регистрации' } },
  { name: '_city', type: 'string', label: { en: 'City', ru: 'Город' } },
  { name: '_country', type: 'string', label: { en: 'Country', ru: 'Страна' } },
  { name: '_region', type: 'string', label: { en: 'Region', ru: 'Регион' } },
  { name: '_postal_code', type: 'string', label: { en: 'Postal code', ru: 'Почтовый индекс' } },
  { name: '_tz', type: 'string', label: { en: 'Time zone', ru: 'Часовой пояс' } },
];

/** A parameter a rule takes: one `{ name, value }` pair of the condition's `value`. */
export interface PairSpec {
  name: string;
  editor: ValueEditor;
  label: Label;
  /** Suggestions offered by the picker (free text is still allowed). */
  options?: readonly string[];
  /** The rule cannot go out without it: what to ask of a person while it is empty. */
  required?: Label;
}

/** A known rule: a `compo` + `name` pair whose parameters are known. */
export interface RuleSpec {
  id: string;
  compo: string;
  name: string;
  type: string;
  label: Label;
  /** The heading its field option sits under in the Field picker. */
  section: Label;
  operators: readonly string[];
  pairs: readonly PairSpec[];
  /** The rule in a sentence: `{op}` is the operator's phrase, `{<pair name>}` a parameter's value. */
  phrase: Label;
}

/** The one pair a profile-field comparison carries. Decision: it is named `value`. */
export const fieldValuePair = 'value';

export const knownRules: readonly RuleSpec[] = [
  {
    id: 'domaingroup',
    compo: 'domaingroup',
    name: 'email',
    type: 'email',
    label: { en: 'E-mail domain group', ru: 'Группа почтовых доменов' },
    section: { en: 'E-mail domain group', ru: 'Группа почтовых доменов' },
    operators: ['equal', 'not_equal'],
    pairs: [
      {
        name: 'domaingroup',
        editor: 'domaingroup',
        label: { en: 'Domain group', ru: 'Группа доменов' },
        options: ['Gmail', 'Yahoo! (US)', 'Outlook', 'iCloud', 'Mail.ru', 'Yandex', 'Rambler'],
        required: { en: 'Pick a domain group.', ru: 'Выберите группу доменов.' },
      },
    ],
    phrase: {
      en: 'the e-mail domain group {op} {domaingroup}',
      ru: 'группа почтовых доменов {op} {domaingroup}',
    },
  },
  {
    id: 'statseg',
    compo: 'default',
    name: 'statseg',
    type: 'statseg',
    label: { en: 'Membership of a static segment', ru: 'Членство в статическом сегменте' },
    section: { en: 'Segment membership', ru: 'Членство в сегментах' },
    operators: operatorsByType.statseg,
    pairs: [
      {
        name: 'segment_id',
        editor: 'segment',
        label: { en: 'Segment', ru: 'Сегмент' },
        required: { en: 'Pick a segment.', ru: 'Выберите сегмент.' },
      },
    ],
    phrase: {
      en: 'the profile {op} static segment {segment_id}',
      ru: 'профиль {op} статическом сегменте {segment_id}',
    },
  },
  {
    id: 'subscription-dataurl',
    compo: 'dataurl',
    name: 'subscription_email',
    type: 'subscription_email',
    label: {
      en: 'E-mail subscription found in data from a URL',
      ru: 'Подписка на e-mail в данных по URL',
    },
    section: { en: 'Subscriptions: data from a URL', ru: 'Подписки: данные по URL' },
    operators: operatorsByType.subscription_email,
    pairs: [
      {
        name: 'field',
        editor: 'text',
        label: { en: 'Field in the data', ru: 'Поле в данных' },
        required: { en: 'Enter the field of the data.', ru: 'Укажите поле в данных.' },
      },
      {
        name: 'resource_id',
        editor: 'number',
        label: { en: 'Resource ID', ru: 'ID ресурса' },
        required: { en: 'Enter the resource ID.', ru: 'Укажите ID ресурса.' },
      },
      {
        name: 'url',
        editor: 'url',
        label: { en: 'URL', ru: 'URL' },
        required: { en: 'Enter the URL of the data.', ru: 'Укажите URL данных.' },
      },
    ],
    phrase: {
      en: 'the e-mail subscription {op} {url} (field {field}, resource {resource_id})',
      ru: 'подписка на e-mail {op} {url} (поле {field}, ресурс {resource_id})',
    },
  },
];

/** The known rule a condition is an instance of, if any. */
export function findRule(query: { compo: string; name: string }): RuleSpec | undefined {
  return knownRules.find((rule) => rule.compo === query.compo && rule.name === query.name);
}

/** A standard field by name. */
export function findStandardField(name: string): ProfileField | undefined {
  return standardFields.find((field) => field.name === name);
}

/** Operators that suit a field type; every known operator for an unknown type. */
export function operatorsFor(type: string): readonly string[] {
  return type in operatorsByType ? operatorsByType[type as KnownFieldType] : Object.keys(operators);
}

/** The label of a known catalogue value in `lang`, or the value itself. */
export function labelOf(table: Record<string, Label>, value: string, lang: keyof Label): string {
  return Object.hasOwn(table, value) ? (table[value] as Label)[lang] : value;
}
