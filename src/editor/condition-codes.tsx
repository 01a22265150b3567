import { memo, useCallback, useMemo } from 'react';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import {
  compos,
  fieldTypes,
  findRule,
  findStandardField,
  labelOf,
  operators,
  type Query,
} from '../segment';
import type { CatalogueField } from './catalogue-context';
import { CataloguePicker } from './catalogue-picker';
import { fieldId } from './field-id';
import { fieldOptions, operatorOptions, type QueryPart } from './model/query-change';
import { useLang } from './use-lang';

export interface ConditionCodesProps {
  id: string;
  path: string;
  query: Query;
  fields: readonly CatalogueField[] | undefined;
  onChange: Record<QueryPart, (value: string) => void>;
  onBlur: Record<QueryPart, () => void>;
  errorAt: (part: QueryPart) => string | undefined;
  readOnly: boolean;
}

const knownKeys = new Set(['compo', 'name', 'operator', 'type', 'value']);
const compoOptions = Object.keys(compos);
const typeOptions = Object.keys(fieldTypes);

/**
 * A condition's raw API codes, under exactly the API's names (`compo`, `name`, `operator`, `type`):
 * each offers the catalogue's values with their meaning and takes any other text, for the rules
 * the catalogue does not know. The keys a loaded condition carries beyond these are named too.
 */
export const ConditionCodes = memo(function ConditionCodes({
  id,
  path,
  query,
  fields,
  onChange,
  onBlur,
  errorAt,
  readOnly,
}: ConditionCodesProps) {
  const { t } = useTranslation('editor');
  const lang = useLang();
  const labels = useMemo(
    () => ({
      compo: (v: string) => (Object.hasOwn(compos, v) ? labelOf(compos, v, lang) : undefined),
      operator: (v: string) =>
        Object.hasOwn(operators, v) ? labelOf(operators, v, lang) : undefined,
      type: (v: string) =>
        Object.hasOwn(fieldTypes, v) ? labelOf(fieldTypes, v, lang) : undefined,
    }),
    [lang],
  );
  const { compo, name, type } = query;
  const nameLabel = useCallback(
    (value: string) => {
      const rule = findRule({ compo, name: value });
      if (rule) return rule.label[lang];
      if (compo !== 'default') return undefined;
      return (
        findStandardField(value)?.label[lang] ??
        fields?.find((field) => field.name === value)?.title
      );
    },
    [compo, lang, fields],
  );
  const nameOptions = useMemo(() => fieldOptions(compo, fields), [compo, fields]);
  const operatorCodes = useMemo(() => operatorOptions({ compo, name, type }), [compo, name, type]);
  const extraKeys = Object.keys(query).filter((key) => !knownKeys.has(key));
  const picker = (
    part: QueryPart,
    options: readonly string[],
    labelOf: (value: string) => string | undefined,
  ) => (
    <CataloguePicker
      // The Field and Operator pickers in words own the ids of `name` and `operator` (focus goes there).
      id={
        part === 'name' || part === 'operator'
          ? `${fieldId(`${path}.${part}`)}--code`
          : fieldId(`${path}.${part}`)
      }
      label={part}
      value={query[part]}
      options={options}
      labelOf={labelOf}
      onChange={onChange[part]}
      onBlur={onBlur[part]}
      error={errorAt(part)}
      readOnly={readOnly}
    />
  );
  return (
    <div id={id} className="se-condition-codes" role="group" aria-label={t('condition.apiCodes')}>
      {picker('compo', compoOptions, labels.compo)}
      {picker('name', nameOptions, nameLabel)}
      {picker('operator', operatorCodes, labels.operator)}
      {picker('type', typeOptions, labels.type)}
      {extraKeys.length > 0 && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="p"
          sx={{ gridColumn: '1 / -1', m: 0 }}
        >
          {t('condition.unknownKeys', { keys: extraKeys.join(', ') })}
        </Typography>
      )}
    </div>
  );
});
