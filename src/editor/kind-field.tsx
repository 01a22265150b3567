import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentKinds, type SegmentKind } from '../segment';
import { setKind } from './model/commands';
import { useEditor, useFieldError, useFieldValue } from './editor-context';
import { fieldId } from './field-id';
import { kindClass as c } from './kind-field-styles';

/**
 * The kind of segment, each with a one-line explanation: native radios in a fieldset, looking like
 * MUI's RadioGroup of small Radios (kind-field-styles.ts, rendered once by SegmentEditor), without
 * its seven components in the first screen's script.
 */
export function KindField() {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const kind = useFieldValue<SegmentKind>('kind');
  const error = useFieldError('kind');
  const labelId = useId();
  return (
    <fieldset className={c.root} data-error={error !== undefined ? '' : undefined}>
      <legend id={labelId} className={c.legend}>
        {t('settings.kind')}
      </legend>
      <div role="radiogroup" aria-labelledby={labelId} className={c.options}>
        {segmentKinds.map((k, i) => {
          const disabled = editor.readOnly && k !== kind;
          return (
            <label key={k} className={c.option} data-disabled={disabled ? '' : undefined}>
              <span className={c.radio}>
                <input
                  type="radio"
                  name={labelId}
                  value={k}
                  id={i === 0 ? fieldId('kind') : undefined}
                  checked={k === kind}
                  disabled={disabled}
                  readOnly={editor.readOnly}
                  onChange={() => editor.run(setKind(editor.getDraft(), k))}
                />
              </span>
              <span className={c.text}>
                <span className={c.name}>{t(`settings.kinds.${k}`)}</span>
                <span className={c.help}>{t(`settings.kindHelp.${k}`)}</span>
              </span>
            </label>
          );
        })}
      </div>
      {error && (
        <span className={c.error} role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
