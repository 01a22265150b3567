import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findRule, type Query, type ValuePair } from '../segment';
import { useCatalogue } from './catalogue-context';
import { ConditionCodes } from './condition-codes';
import { rowIconButton } from './row-icon-button';
import { useAttempted, useEditor, useErrorsIn, useFieldValue } from './editor-context';
import {
  chooseField,
  fieldChoices,
  fieldText,
  isKnownCondition,
  operatorChoices,
  operatorText,
} from './field-choices';
import { fieldId } from './field-id';
import { changeQuery, valueModeOf, type QueryPart } from './model/query-change';
import { useLang } from './use-lang';
import { ValueEditor } from './value-editor';
import { WordPicker } from './word-picker';

/** The `API codes` button (editor-styles.ts). */
const codesButtonClass = 'se-condition-codes-button';

export interface ConditionFieldsProps {
  group: number;
  index: number;
}

const parts = ['compo', 'name', 'operator', 'type'] as const satisfies readonly QueryPart[];

/** A value of several inputs (a rule's parameters, free pairs) takes a line of its own. */
const wideValue = (query: Query) => {
  const mode = valueModeOf(query);
  return (
    mode.kind === 'pairs' || (mode.kind === 'rule' && (findRule(query)?.pairs.length ?? 0) > 1)
  );
};

/**
 * A condition as a sentence: Field, Operator and Value in words on one line, and behind the
 * `API codes` button its raw codes (open from the start for a condition the catalogue does not
 * know, and whenever a code has a problem to show). It subscribes to its own path and messages
 * only, and hands the inputs stable callbacks, so a keystroke re-renders this condition alone.
 */
export const ConditionFields = memo(function ConditionFields({
  group,
  index,
}: ConditionFieldsProps) {
  const { t } = useTranslation('editor');
  const lang = useLang();
  const editor = useEditor();
  const { fields } = useCatalogue();
  const path = `segment.${group}.queries.${index}`;
  const query = useFieldValue<Query | undefined>(path);
  const errorIn = useErrorsIn(path);
  const attempted = useAttempted();
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  // The person's own choice to show or hide the codes; until then, they show for an unknown condition.
  const [codesChoice, setCodesChoice] = useState<boolean | undefined>(undefined);
  const readOnly = editor.readOnly;
  const validate = touched.size > 0 || attempted;

  const show = useCallback(
    (part: string, fieldPath: string) =>
      touched.has(part) || attempted ? errorIn(fieldPath) : undefined,
    [touched, attempted, errorIn],
  );
  const handlers = useMemo(() => {
    const blur = (part: string) => () => {
      setTouched((current) => (current.has(part) ? current : new Set(current).add(part)));
      editor.touch(path);
    };
    const current = () => editor.getDraft().segment[group]?.queries[index];
    const set = (part: QueryPart) => (value: string) => {
      const now = current();
      if (now)
        editor.setField(path, changeQuery(now, part, value, fields), {
          key: `${path}.${part}`,
          validate,
        });
    };
    const pickField = (key: string) => {
      const now = current();
      if (now)
        editor.setField(path, chooseField(now, key, fields), { key: `${path}.field`, validate });
    };
    const setValue = (pairs: ValuePair[]) => {
      const now = current();
      if (now) editor.setField(path, { ...now, value: pairs }, { key: `${path}.value`, validate });
    };
    return {
      onChange: Object.fromEntries(parts.map((part) => [part, set(part)])) as Record<
        QueryPart,
        (value: string) => void
      >,
      onBlur: Object.fromEntries(parts.map((part) => [part, blur(part)])) as Record<
        QueryPart,
        () => void
      >,
      pickField,
      setValue,
      onValueBlur: blur('value'),
    };
  }, [editor, path, group, index, fields, validate]);
  const compo = query?.compo ?? '';
  const name = query?.name ?? '';
  const type = query?.type ?? '';
  const operator = query?.operator ?? '';
  const fieldList = useCallback(() => fieldChoices(fields, lang), [fields, lang]);
  const operatorList = useCallback(
    () => operatorChoices({ compo, name, type, operator }, lang),
    [compo, name, type, operator, lang],
  );
  const errorAt = useCallback((p: string) => show('value', p), [show]);
  const codeError = useCallback((part: QueryPart) => show(part, `${path}.${part}`), [show, path]);

  if (!query) return null;
  const codeProblem = parts.some(
    (part) => codeError(part) !== undefined && part !== 'operator' && part !== 'name',
  );
  const codesOpen = codeProblem || (codesChoice ?? !isKnownCondition(query, fields));
  const codesId = `${fieldId(path)}-codes`;
  return (
    <>
      <div className="se-condition-line">
        <WordPicker
          className="se-condition-field"
          id={fieldId(`${path}.name`)}
          label={t('condition.field')}
          text={fieldText(query, fields, lang)}
          options={fieldList}
          onPick={handlers.pickField}
          onBlur={handlers.onBlur.name}
          error={codeError('name')}
          readOnly={readOnly}
        />
        <WordPicker
          className="se-condition-operator"
          id={fieldId(`${path}.operator`)}
          label={t('condition.operator')}
          text={operatorText(operator, lang)}
          options={operatorList}
          onPick={handlers.onChange.operator}
          onBlur={handlers.onBlur.operator}
          error={codeError('operator')}
          readOnly={readOnly}
        />
        <div
          className={
            wideValue(query) ? 'se-condition-value se-condition-value-wide' : 'se-condition-value'
          }
        >
          <ValueEditor
            path={path}
            query={query}
            onChange={handlers.setValue}
            onBlur={handlers.onValueBlur}
            errorAt={errorAt}
            readOnly={readOnly}
          />
        </div>
      </div>
      {rowIconButton({
        icon: 'code',
        className: codesButtonClass,
        'aria-label': t('condition.apiCodes'),
        title: t('condition.apiCodes'),
        'aria-expanded': codesOpen,
        'aria-controls': codesOpen ? codesId : undefined,
        // A code's problem keeps them open: the person must see what to fix.
        onClick: () => setCodesChoice(!codesOpen),
      })}
      {codesOpen && (
        <ConditionCodes
          id={codesId}
          path={path}
          query={query}
          fields={fields}
          onChange={handlers.onChange}
          onBlur={handlers.onBlur}
          errorAt={codeError}
          readOnly={readOnly}
        />
      )}
    </>
  );
});
