import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  duplicateCondition,
  moveConditionBy,
  moveConditionToGroup,
  removeCondition,
  type CommandResult,
} from './model/commands';
import { useEditor } from './editor-context';
import { fieldId } from './field-id';
import { LazyActionMenu, preloadActionMenu } from '../ui/lazy-action-menu';
import { rowIconButton } from './row-icon-button';

export interface ConditionActionsProps {
  group: number;
  index: number;
  isLast: boolean;
  groupCount: number;
}

/**
 * A condition's actions at the end of its line: more actions (move up or down, duplicate, move to
 * another group) and remove. Moving by the menu keeps the focus on the moved condition's menu button.
 */
export const ConditionActions = memo(function ConditionActions({
  group,
  index,
  isLast,
  groupCount,
}: ConditionActionsProps) {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const path = `segment.${group}.queries.${index}`;
  const place = { group, index };
  const readOnly = editor.readOnly;
  const run = (result: CommandResult, suffix?: string) => {
    setMenu(null);
    const refusal = editor.run(result, suffix);
    if (refusal) editor.announce(t(`refusal.${refusal}`));
  };
  const n = index + 1;
  if (readOnly) return null;
  return (
    <div className="se-condition-actions">
      {rowIconButton({
        icon: 'more',
        id: `${fieldId(path)}--more`,
        'aria-label': t('condition.more', { n }),
        'aria-haspopup': 'menu',
        'aria-expanded': menu ? 'true' : undefined,
        onPointerEnter: preloadActionMenu,
        onFocus: preloadActionMenu,
        onClick: (event) => setMenu(event.currentTarget),
      })}
      {rowIconButton({
        icon: 'remove',
        'aria-label': t('condition.remove'),
        title: t('condition.remove'),
        onClick: () => run(removeCondition(editor.getDraft(), place)),
      })}
      {/* Mounted only while open: a large segment has hundreds of these rows. */}
      {menu && (
        <LazyActionMenu
          anchor={menu}
          onClose={() => setMenu(null)}
          actions={[
            {
              key: 'up',
              label: t('condition.moveUp'),
              disabled: index === 0,
              onClick: () => run(moveConditionBy(editor.getDraft(), place, -1), 'more'),
            },
            {
              key: 'down',
              label: t('condition.moveDown'),
              disabled: isLast,
              onClick: () => run(moveConditionBy(editor.getDraft(), place, 1), 'more'),
            },
            {
              key: 'duplicate',
              label: t('condition.duplicate'),
              onClick: () => run(duplicateCondition(editor.getDraft(), place)),
            },
            {
              key: 'previous',
              label: t('condition.toPreviousGroup'),
              disabled: group === 0,
              onClick: () => run(moveConditionToGroup(editor.getDraft(), place, -1), 'more'),
            },
            {
              key: 'next',
              label: t('condition.toNextGroup'),
              disabled: group >= groupCount - 1,
              onClick: () => run(moveConditionToGroup(editor.getDraft(), place, 1), 'more'),
            },
          ]}
        />
      )}
    </div>
  );
});
