import { memo, useState } from 'react';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { useTranslation } from 'react-i18next';
import { duplicateCondition, moveConditionBy, moveConditionToGroup, removeCondition, type CommandResult } from './commands';
import { useEditor } from './editor-context';
import { fieldId } from './field-id';
import { LazyActionMenu, preloadActionMenu } from './lazy-action-menu';

export interface ConditionHeaderProps {
  group: number;
  index: number;
  isLast: boolean;
  groupCount: number;
  /** The drag handle's ref, attributes and listeners (dnd-kit's, stable between drags). */
  dragRef: (element: HTMLElement | null) => void;
  dragAttributes: DraggableAttributes;
  dragListeners: DraggableSyntheticListeners;
}

/** A condition's title and actions: drag handle, move up/down, more actions, remove. */
export const ConditionHeader = memo(function ConditionHeader({ group, index, isLast, groupCount, dragRef, dragAttributes, dragListeners }: ConditionHeaderProps) {
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
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mb: 1, minHeight: 36 }}>
      {!readOnly && (
        <IconButton ref={dragRef} size="small" aria-label={t('condition.drag', { n })} sx={{ cursor: 'grab', touchAction: 'none' }} {...dragAttributes} {...dragListeners}>
          <DragIndicatorIcon fontSize="small" />
        </IconButton>
      )}
      <Typography variant="body2" component="h4" sx={{ fontWeight: 600, flexGrow: 1 }}>
        {t('condition.title', { n })}
      </Typography>
      {!readOnly && (
        <>
          <IconButton id={`${fieldId(path)}--up`} size="small" aria-label={t('condition.moveUp')} disabled={index === 0} onClick={() => run(moveConditionBy(editor.getDraft(), place, -1), 'up')}>
            <ArrowUpwardIcon fontSize="small" />
          </IconButton>
          <IconButton id={`${fieldId(path)}--down`} size="small" aria-label={t('condition.moveDown')} disabled={isLast} onClick={() => run(moveConditionBy(editor.getDraft(), place, 1), 'down')}>
            <ArrowDownwardIcon fontSize="small" />
          </IconButton>
          <IconButton
            id={`${fieldId(path)}--more`}
            size="small"
            aria-label={t('condition.more', { n })}
            aria-haspopup="menu"
            aria-expanded={menu ? 'true' : undefined}
            onPointerEnter={preloadActionMenu}
            onFocus={preloadActionMenu}
            onClick={(event) => setMenu(event.currentTarget)}
          >
            <MoreVertIcon fontSize="small" />
          </IconButton>
          <IconButton size="small" aria-label={t('condition.remove')} onClick={() => run(removeCondition(editor.getDraft(), place))}>
            <DeleteOutlinedIcon fontSize="small" />
          </IconButton>
        </>
      )}
      {/* Mounted only while open: a large segment has hundreds of these rows. */}
      {menu && (
        <LazyActionMenu
          anchor={menu}
          onClose={() => setMenu(null)}
          actions={[
            { key: 'duplicate', label: t('condition.duplicate'), onClick: () => run(duplicateCondition(editor.getDraft(), place)) },
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
    </Box>
  );
});
