import { memo, useCallback, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { compos, fieldTypes, findStandardField, findRule, labelOf, operators, type Query, type ValuePair } from '../segment';
import { useCatalogue } from './catalogue-context';
import { CataloguePicker } from './catalogue-picker';
import { useAttempted, useEditor, useErrorsIn, useFieldValue } from './editor-context';
import { fieldId } from './field-id';
import { changeQuery, fieldOptions, operatorOptions, type QueryPart } from './query-change';
import { useLang } from './use-lang';
import { ValueEditor } from './value-editor';

export interface ConditionFieldsProps {
  group: number;
  index: number;
}

const knownKeys = new Set(['compo', 'name', 'operator', 'type', 'value']);
const compoOptions = Object.keys(compos);
const typeOptions = Object.keys(fieldTypes);
const parts = ['compo', 'name', 'operator', 'type'] as const satisfies readonly QueryPart[];

/**
 * A condition's inputs: source, field, operator, type and the value. It subscribes to its own path
 * and messages only, and hands the pickers stable callbacks, so a keystroke re-renders this
 * condition's changed inputs alone and a row added or moved elsewhere does not reach it.
 */
export const ConditionFields = memo(function ConditionFields({ group, index }: ConditionFieldsProps) {
  const { t } = useTranslation('editor');
  const lang = useLang();
  const editor = useEditor();
  const { fields } = useCatalogue();
  const path = `segment.${group}.queries.${index}`;
  const query = useFieldValue<Query | undefined>(path);
  const errorIn = useErrorsIn(path);
  const attempted = useAttempted();
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const readOnly = editor.readOnly;
  const validate = touched.size > 0 || attempted;

  const show = useCallback(
    (part: string, fieldPath: string) => (touched.has(part) || attempted ? errorIn(fieldPath) : undefined),
    [touched, attempted, errorIn],
  );
  const handlers = useMemo(() => {
    const blur = (part: string) => () => {
      setTouched((current) => (current.has(part) ? current : new Set(current).add(part)));
      editor.touch(path);
    };
    const set = (part: QueryPart) => (value: string) => {
      const current = editor.getDraft().segment[group]?.queries[index];
      if (current) editor.setField(path, changeQuery(current, part, value, fields), { key: `${path}.${part}`, validate });
    };
    const setValue = (pairs: ValuePair[]) => {
      const current = editor.getDraft().segment[group]?.queries[index];
      if (current) editor.setField(path, { ...current, value: pairs }, { key: `${path}.value`, validate });
    };
    return {
      onChange: Object.fromEntries(parts.map((part) => [part, set(part)])) as Record<(typeof parts)[number], (value: string) => void>,
      onBlur: Object.fromEntries(parts.map((part) => [part, blur(part)])) as Record<(typeof parts)[number], () => void>,
      setValue,
      onValueBlur: blur('value'),
    };
  }, [editor, path, group, index, fields, validate]);
  const labels = useMemo(
    () => ({
      compo: (v: string) => (Object.hasOwn(compos, v) ? labelOf(compos, v, lang) : undefined),
      operator: (v: string) => (Object.hasOwn(operators, v) ? labelOf(operators, v, lang) : undefined),
      type: (v: string) => (Object.hasOwn(fieldTypes, v) ? labelOf(fieldTypes, v, lang) : undefined),
    }),
    [lang],
  );
  const compo = query?.compo ?? '';
  const fieldLabel = useCallback(
    (name: string) => {
      const rule = findRule({ compo, name });
      return rule ? rule.label[lang] : (findStandardField(name)?.label[lang] ?? fields?.find((field) => field.name === name)?.title);
    },
    [compo, lang, fields],
  );
  const nameOptions = useMemo(() => fieldOptions(compo, fields), [compo, fields]);
  const name = query?.name ?? '';
  const type = query?.type ?? '';
  const operatorChoices = useMemo(() => operatorOptions({ compo, name, type }), [compo, name, type]);
  const errorAt = useCallback((p: string) => show('value', p), [show]);

  if (!query) return null;
  const extraKeys = Object.keys(query).filter((key) => !knownKeys.has(key));
  return (
    <>
      <Box
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          '@container (min-width: 680px)': { gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        <CataloguePicker
          id={fieldId(`${path}.compo`)}
          label={t('condition.source')}
          value={query.compo}
          options={compoOptions}
          labelOf={labels.compo}
          onChange={handlers.onChange.compo}
          onBlur={handlers.onBlur.compo}
          error={show('compo', `${path}.compo`)}
          readOnly={readOnly}
        />
        <CataloguePicker
          id={fieldId(`${path}.name`)}
          label={t('condition.field')}
          value={query.name}
          options={nameOptions}
          labelOf={fieldLabel}
          onChange={handlers.onChange.name}
          onBlur={handlers.onBlur.name}
          error={show('name', `${path}.name`)}
          readOnly={readOnly}
        />
        <CataloguePicker
          id={fieldId(`${path}.operator`)}
          label={t('condition.operator')}
          value={query.operator}
          options={operatorChoices}
          labelOf={labels.operator}
          onChange={handlers.onChange.operator}
          onBlur={handlers.onBlur.operator}
          error={show('operator', `${path}.operator`)}
          readOnly={readOnly}
        />
        <CataloguePicker
          id={fieldId(`${path}.type`)}
          label={t('condition.type')}
          value={query.type}
          options={typeOptions}
          labelOf={labels.type}
          onChange={handlers.onChange.type}
          onBlur={handlers.onBlur.type}
          error={show('type', `${path}.type`)}
          readOnly={readOnly}
        />
      </Box>
      <Box sx={{ mt: 1 }}>
        <ValueEditor path={path} query={query} onChange={handlers.setValue} onBlur={handlers.onValueBlur} errorAt={errorAt} readOnly={readOnly} />
      </Box>
      {extraKeys.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {t('condition.unknownKeys', { keys: extraKeys.join(', ') })}
        </Typography>
      )}
    </>
  );
});
