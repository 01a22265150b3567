import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSample } from '../segment';
import { duplicateGroup, moveGroup, type CommandResult } from './model/commands';
import type { NumberInput } from './model/draft';
import { useEditor, useFieldValue } from './editor-context';
import { fieldId } from './field-id';
import { rowIconButton, type RowIcon } from './row-icon-button';
import { useLang } from './use-lang';

/** The group's open/close button (editor-styles.ts). */
const toggleClass = 'se-group-toggle';

export interface GroupHeaderProps {
  index: number;
  groupKey: string;
  groupCount: number;
  conditionCount: number;
  expanded: boolean;
  onToggle: (groupKey: string) => void;
  onRemove: (index: number) => void;
}

/** A group's title, what it does in one line, and its actions. */
export const GroupHeader = memo(function GroupHeader(props: GroupHeaderProps) {
  const { index, groupKey, groupCount, conditionCount, expanded, onToggle, onRemove } = props;
  const { t } = useTranslation('editor');
  const lang = useLang();
  const editor = useEditor();
  const match = useFieldValue<string>(`segment.${index}.condition`);
  const from = useFieldValue<NumberInput>(`segment.${index}.percent_from`);
  const to = useFieldValue<NumberInput>(`segment.${index}.percent_to`);
  const limit = useFieldValue<NumberInput>(`segment.${index}.limit`);
  const n = index + 1;
  const run = (result: CommandResult, suffix?: 'up' | 'down') => {
    const refusal = editor.run(result, suffix);
    if (refusal) editor.announce(t(`refusal.${refusal}`));
  };
  const summary = t('group.summary', {
    match: match === 'or' ? t('group.matchAnyShort') : t('group.matchAllShort'),
    // The summary's wording of the sample (src/segment), so the two never drift apart.
    sample: describeSample(from, to, lang),
    limit:
      limit === 0
        ? t('group.noLimit')
        : t('group.limitShort', { limit: typeof limit === 'number' ? limit : String(limit ?? '') }),
  });
  // A native title, not MUI's Tooltip: a large segment has hundreds of these buttons.
  const action = (
    label: string,
    icon: RowIcon,
    onClick: () => void,
    disabled = false,
    id?: string,
  ) =>
    rowIconButton({
      id,
      icon,
      'aria-label': label,
      title: label,
      disabled,
      onClick,
    });
  // Plain elements styled once for the page (editor-styles.ts): ten groups drew some 300 MUI
  // components here, each styled at render.
  return (
    <div className="se-group-header">
      {rowIconButton({
        icon: 'expand',
        className: toggleClass,
        'aria-expanded': expanded,
        'aria-controls': expanded ? `group-body-${groupKey}` : undefined,
        'aria-label': expanded ? t('group.collapse', { n }) : t('group.expand', { n }),
        onClick: () => onToggle(groupKey),
      })}
      <div className="se-group-heading">
        <h3 className="se-group-title">{t('group.title', { n })}</h3>
        <span className="se-group-count">{t('group.conditions', { count: conditionCount })}</span>
        <span className="se-group-summary">{summary}</span>
      </div>
      {!editor.readOnly && (
        <div className="se-group-actions">
          {action(
            t('group.moveUp'),
            'up',
            () => run(moveGroup(editor.getDraft(), index, index - 1), 'up'),
            index === 0,
            `${fieldId(`segment.${index}`)}--up`,
          )}
          {action(
            t('group.moveDown'),
            'down',
            () => run(moveGroup(editor.getDraft(), index, index + 1), 'down'),
            index >= groupCount - 1,
            `${fieldId(`segment.${index}`)}--down`,
          )}
          {action(t('group.duplicate'), 'copy', () =>
            run(duplicateGroup(editor.getDraft(), index)),
          )}
          {action(t('group.remove'), 'remove', () => onRemove(index))}
        </div>
      )}
    </div>
  );
});
