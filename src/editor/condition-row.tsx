import { memo } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor-context';
import { ConditionFields } from './condition-fields';
import { ConditionHeader } from './condition-header';
import { fieldId } from './field-id';

export interface ConditionRowProps {
  group: number;
  index: number;
  /** The sortable id (the field array's key). */
  id: string;
  isLast: boolean;
  groupCount: number;
}

const rowSx = {
  position: 'relative',
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  bgcolor: 'background.paper',
  p: 1.5,
  pt: 1,
  containerType: 'inline-size',
  contentVisibility: 'auto',
  containIntrinsicSize: 'auto 190px',
  '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' },
  '&[data-dragging]': { zIndex: 2, boxShadow: 4 },
} as const;

/**
 * One condition: the sortable box around its header and its inputs. dnd-kit re-renders every
 * sortable row whenever the list changes (a row added, moved or removed); only this thin shell
 * re-renders then, while the header and the inputs, memoized on stable props, do not.
 */
export const ConditionRow = memo(function ConditionRow({ group, index, id, isLast, groupCount }: ConditionRowProps) {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const sortable = useSortable({ id, data: { type: 'condition', group, index }, disabled: editor.readOnly });
  const path = `segment.${group}.queries.${index}`;
  return (
    <Box
      ref={sortable.setNodeRef}
      id={fieldId(path)}
      tabIndex={-1}
      role="group"
      aria-label={t('condition.title', { n: index + 1 })}
      data-dragging={sortable.isDragging || undefined}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      sx={rowSx}
    >
      <ConditionHeader
        group={group}
        index={index}
        isLast={isLast}
        groupCount={groupCount}
        dragRef={sortable.setActivatorNodeRef}
        dragAttributes={sortable.attributes}
        dragListeners={sortable.listeners}
      />
      <ConditionFields group={group} index={index} />
    </Box>
  );
});
