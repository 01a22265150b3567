import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberInput } from './model/draft';
import { NumberField } from './number-field';
import { outlinedField } from '../ui/outlined-field';
import { SampleField } from './sample-field';
import { useBoundField } from './use-bound-field';

/** A group's match mode, sample slice and limit. */
export const GroupSettings = memo(function GroupSettings({ group }: { group: number }) {
  const { t } = useTranslation('editor');
  const match = useBoundField<string>(`segment.${group}.condition`);
  const limit = useBoundField<NumberInput>(`segment.${group}.limit`);
  return (
    <div className="se-group-settings">
      {outlinedField({
        id: match.id,
        label: t('group.match'),
        value: match.value,
        onChange: match.onChange,
        onBlur: match.onBlur,
        error: match.error !== undefined,
        helperText: match.error,
        disabled: match.readOnly,
        options: (
          <>
            <option value="and">{t('group.matchAll')}</option>
            <option value="or">{t('group.matchAny')}</option>
          </>
        ),
      })}
      <SampleField group={group} />
      <NumberField
        {...limit}
        label={t('group.limit')}
        helperText={limit.value === 0 ? t('group.noLimitHelp') : t('group.limitHelp')}
      />
    </div>
  );
});
