/**
 * Validation messages of the segment model, in the words of a campaign manager.
 *
 * The schemas call {@link msg} lazily (zod evaluates `error` functions at parse time), so switching
 * the language with {@link setMessageLocale} changes every message without rebuilding a schema.
 */
export const messageLocales = ['en', 'ru'] as const;
export type MessageLocale = (typeof messageLocales)[number];

const en = {
  required: '{field} is required.',
  notText: '{field} must be text.',
  notNumber: '{field} must be a number.',
  notInteger: '{field} must be a whole number.',
  notBoolean: '{field} must be true or false.',
  notList: '{field} must be a list.',
  notObject: '{field} must be a set of fields.',
  empty: 'Enter {field}.',
  positive: '{field} must be 1 or more.',
  nonNegative: '{field} cannot be negative.',
  percentRange: '{field} must be between 0 and 100.',
  percentOrder:
    'The sample must start before it ends: "from" ({from}) must be less than "to" ({to}).',
  condition: 'Choose "and" (match all) or "or" (match any).',
  format: 'The response format must be "json" or "xml".',
  staticNeedsList: 'A static segment needs its database (list_id).',
  staticHasRules:
    'A static segment is filled by hand or by import and has no rules: remove the rule groups or make it dynamic or updatable.',
  rulesRequired: 'A {kind} segment needs at least one rule group with at least one condition.',
  queriesRequired: 'Add at least one condition to this group.',
  dynamicRefresh:
    'A dynamic segment is evaluated whenever it is used and cannot refresh daily: make it updatable instead.',
  groupOtherList:
    'This group is on database {group}, but the segment is on database {segment}: a segment uses one database.',
  groupsDiffer: 'All rule groups must use the same database.',
  pairName: 'Each value needs a parameter name.',
  pairValue: 'A value must be text or a number.',
  unknownKey: 'Unexpected field "{key}".',
  xmlChar:
    '{field} contains a character that cannot be sent ({char}, an invisible control or invalid character): remove it.',
  reservedKey:
    'The field name "{key}" cannot be used: "__proto__", "constructor" and "prototype" are refused as names.',
  typeMismatch:
    '{rule} takes the type "{expected}" ({meaning}), not "{type}": choose the field again, or set type to "{expected}".',
} as const;

export type MessageKey = keyof typeof en;

const ru: Record<MessageKey, string> = {
  required: 'Поле «{field}» обязательно.',
  notText: 'Поле «{field}» должно быть текстом.',
  notNumber: 'Поле «{field}» должно быть числом.',
  notInteger: 'Поле «{field}» должно быть целым числом.',
  notBoolean: 'Поле «{field}» должно быть true или false.',
  notList: 'Поле «{field}» должно быть списком.',
  notObject: 'Поле «{field}» должно быть набором полей.',
  empty: 'Заполните поле «{field}».',
  positive: 'Поле «{field}» должно быть не меньше 1.',
  nonNegative: 'Поле «{field}» не может быть отрицательным.',
  percentRange: 'Поле «{field}» должно быть от 0 до 100.',
  percentOrder:
    'Выборка должна начинаться раньше, чем заканчивается: «от» ({from}) должно быть меньше «до» ({to}).',
  condition: 'Выберите «и» (все условия) или «или» (любое условие).',
  format: 'Формат ответа должен быть «json» или «xml».',
  staticNeedsList: 'Статическому сегменту нужна база данных (list_id).',
  staticHasRules:
    'Статический сегмент наполняется вручную или импортом и не имеет правил: удалите группы правил или сделайте его динамическим или обновляемым.',
  rulesRequired: '{kind} сегменту нужна хотя бы одна группа правил хотя бы с одним условием.',
  queriesRequired: 'Добавьте в эту группу хотя бы одно условие.',
  dynamicRefresh:
    'Динамический сегмент вычисляется при каждом использовании и не обновляется ежедневно: сделайте его обновляемым.',
  groupOtherList:
    'Эта группа использует базу {group}, а сегмент — базу {segment}: сегмент работает с одной базой.',
  groupsDiffer: 'Все группы правил должны использовать одну и ту же базу.',
  pairName: 'У каждого значения должно быть имя параметра.',
  pairValue: 'Значение должно быть текстом или числом.',
  unknownKey: 'Неожиданное поле «{key}».',
  xmlChar:
    'Поле «{field}» содержит символ, который нельзя отправить ({char}, невидимый управляющий или недопустимый символ): удалите его.',
  reservedKey:
    'Имя поля «{key}» использовать нельзя: имена «__proto__», «constructor» и «prototype» не принимаются.',
  typeMismatch:
    'Условие «{rule}» имеет тип «{expected}» ({meaning}), а не «{type}»: выберите поле заново или укажите тип «{expected}».',
};

/** Field labels used inside messages. */
const fieldLabels = {
  en: {
    token: 'API token',
    format: 'Response format',
    id: 'Segment ID',
    name: 'Segment name',
    list_id: 'Database',
    is_static: 'Static',
    is_refresh_daily: 'Refresh daily',
    segment: 'Rule groups',
    condition: 'Match',
    limit: 'Limit',
    percent_from: 'Sample from',
    percent_to: 'Sample to',
    queries: 'Conditions',
    compo: 'Source',
    queryName: 'Field',
    operator: 'Operator',
    type: 'Type',
    value: 'Value',
    pairName: 'Parameter',
    kind_dynamic: 'dynamic',
    kind_updatable: 'updatable',
    kind_static: 'static',
    kind: 'Kind',
    group: 'Group {n}',
    query: 'Condition {n}',
    apiCode: '{code} (API codes)',
    request: 'The request',
  },
  ru: {
    token: 'API-токен',
    format: 'Формат ответа',
    id: 'ID сегмента',
    name: 'Название сегмента',
    list_id: 'База данных',
    is_static: 'Статический',
    is_refresh_daily: 'Обновлять ежедневно',
    segment: 'Группы правил',
    condition: 'Совпадение',
    limit: 'Лимит',
    percent_from: 'Выборка от',
    percent_to: 'Выборка до',
    queries: 'Условия',
    compo: 'Источник',
    queryName: 'Поле',
    operator: 'Оператор',
    type: 'Тип',
    value: 'Значение',
    pairName: 'Параметр',
    kind_dynamic: 'Динамическому',
    kind_updatable: 'Обновляемому',
    kind_static: 'Статическому',
    kind: 'Тип сегмента',
    group: 'Группа {n}',
    query: 'Условие {n}',
    apiCode: '{code} (коды API)',
    request: 'Запрос',
  },
} as const satisfies Record<MessageLocale, Record<string, string>>;

export type FieldLabelKey = keyof (typeof fieldLabels)['en'];

let locale: MessageLocale = 'en';

/** Chooses the language of validation and codec messages. */
export function setMessageLocale(next: MessageLocale): void {
  locale = next;
}

/** The language validation messages are currently produced in. */
export function getMessageLocale(): MessageLocale {
  return locale;
}

/** A field's label in the current language. */
export function fieldLabel(key: FieldLabelKey): string {
  return fieldLabels[locale][key];
}

/** Formats message `key` with `{placeholders}` from `params`, in the current language. */
export function msg(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = (locale === 'ru' ? ru : en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Every message key in both languages, for tests that check nothing is missing. */
export const messageCatalogues: Record<MessageLocale, Record<MessageKey, string>> = { en, ru };
export const fieldLabelCatalogues = fieldLabels;
