import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  findRule,
  type PairSpec,
  type Query,
  type ValueEditor as EditorKind,
  type ValuePair,
} from '../segment';
import { useCatalogue } from './catalogue-context';
import { CataloguePicker } from './catalogue-picker';
import { formatNumberInput, parseNumberInput } from './model/draft';
import { fieldId } from './field-id';
import { NumberField } from './number-field';
import { outlinedField } from '../ui/outlined-field';
import { PairsEditor } from './pairs-editor';
import { valueModeOf } from './model/query-change';
import { useLang } from './use-lang';

export interface ValueEditorProps {
  /** Form path of the condition. */
  path: string;
  query: Query;
  onChange: (pairs: ValuePair[]) => void;
  onBlur: () => void;
  errorAt: (path: string) => string | undefined;
  readOnly: boolean;
}

interface OneValueProps {
  id: string;
  label: string;
  editor: EditorKind;
  value: ValuePair['value'] | undefined;
  onChange: (value: ValuePair['value']) => void;
  onBlur: () => void;
  error: string | undefined;
  readOnly: boolean;
  options?: readonly string[] | undefined;
  helperText?: string | undefined;
}

const noLabel = () => undefined;

/** One parameter, edited the way its kind asks for. */
function OneValue({
  id,
  label,
  editor,
  value,
  onChange,
  onBlur,
  error,
  readOnly,
  options,
  helperText,
}: OneValueProps) {
  const { t } = useTranslation('editor');
  const { segments } = useCatalogue();
  if (editor === 'segment' && segments && segments.length > 0) {
    // The segments the API lists, by name; any other ID can still be typed.
    return (
      <CataloguePicker
        id={id}
        label={label}
        value={formatNumberInput(value)}
        options={segments.map((segment) => String(segment.id))}
        labelOf={(text) => segments.find((segment) => String(segment.id) === text)?.name}
        onChange={(text) => onChange(parseNumberInput(text) ?? '')}
        onBlur={onBlur}
        error={error}
        readOnly={readOnly}
      />
    );
  }
  if (editor === 'number' || editor === 'segment') {
    return (
      <NumberField
        id={id}
        fullWidth
        label={label}
        value={value}
        // An emptied number input sends "" so that the model can say a value is needed.
        onChange={(next) => onChange(next === undefined ? '' : next)}
        onBlur={onBlur}
        error={error}
        readOnly={readOnly}
        helperText={helperText}
        placeholder={editor === 'segment' ? t('condition.segmentHelp') : undefined}
      />
    );
  }
  if (editor === 'domaingroup' && options) {
    return (
      <CataloguePicker
        id={id}
        label={label}
        value={String(value ?? '')}
        options={options}
        labelOf={noLabel}
        onChange={onChange}
        onBlur={onBlur}
        error={error}
        readOnly={readOnly}
        helperText=""
      />
    );
  }
  const type = editor === 'date' ? 'date' : editor === 'url' ? 'url' : 'text';
  return outlinedField({
    id,
    label,
    fullWidth: true,
    type,
    value: value === undefined ? '' : String(value),
    onChange,
    onBlur,
    error: error !== undefined,
    helperText: error ?? helperText,
    shrinkLabel: type === 'date',
    // Hints as placeholders, not helper lines: a condition stays one line high.
    htmlInput: {
      readOnly,
      autoComplete: 'off',
      placeholder: editor === 'list' ? t('condition.listHelp') : undefined,
    },
  });
}

/** The comparison value of a condition: nothing, one value, a known rule's parameters, or free pairs. */
export const ValueEditor = memo(function ValueEditor({
  path,
  query,
  onChange,
  onBlur,
  errorAt,
  readOnly,
}: ValueEditorProps) {
  const { t } = useTranslation('editor');
  const lang = useLang();
  const mode = valueModeOf(query);
  const valuePath = `${path}.value`;
  const setPair = (name: string, value: ValuePair['value']) => {
    const exists = query.value.some((pair) => pair.name === name);
    onChange(
      exists
        ? query.value.map((pair) => (pair.name === name ? { ...pair, value } : pair))
        : [...query.value, { name, value }],
    );
  };
  if (mode.kind === 'none') {
    return <p className="se-condition-no-value">{t('condition.noValue')}</p>;
  }
  if (mode.kind === 'single') {
    const pair = query.value[0];
    return (
      <OneValue
        id={fieldId(valuePath)}
        label={t('condition.value')}
        editor={mode.editor}
        value={pair?.value}
        onChange={(value) => setPair('value', value)}
        onBlur={onBlur}
        error={errorAt(`${valuePath}.0.value`) ?? errorAt(valuePath)}
        readOnly={readOnly}
      />
    );
  }
  if (mode.kind === 'rule') {
    const rule = findRule(query);
    const specs: readonly PairSpec[] = rule?.pairs ?? [];
    return (
      <div className="se-rule-values">
        {specs.map((spec) => {
          const index = query.value.findIndex((pair) => pair.name === spec.name);
          return (
            <OneValue
              key={spec.name}
              id={
                index === 0 || (index < 0 && spec === specs[0])
                  ? fieldId(valuePath)
                  : fieldId(`${valuePath}.${index}`)
              }
              label={spec.label[lang]}
              editor={spec.editor}
              options={spec.options}
              value={index >= 0 ? query.value[index]?.value : undefined}
              onChange={(value) => setPair(spec.name, value)}
              onBlur={onBlur}
              // A required parameter missing from the list: the rule's message sits at the list.
              error={
                index >= 0
                  ? errorAt(`${valuePath}.${index}.value`)
                  : spec.required
                    ? errorAt(valuePath)
                    : undefined
              }
              readOnly={readOnly}
            />
          );
        })}
      </div>
    );
  }
  return (
    <PairsEditor
      path={valuePath}
      pairs={query.value}
      onChange={onChange}
      onBlur={onBlur}
      errorAt={errorAt}
      readOnly={readOnly}
    />
  );
});
