import { memo } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor-context';
import { ConditionActions } from './condition-actions';
import { ConditionDragHandle } from './condition-drag-handle';
import { ConditionFields } from './condition-fields';
import { conditionRowClass } from './editor-styles';
import { fieldId } from './field-id';

export interface ConditionRowProps {
  group: number;
  index: number;
  /** The sortable id (the field array's key). */
  id: string;
  isLast: boolean;
  groupCount: number;
}

/**
 * One condition on one line: drag handle, its inputs (Field, Operator, Value, API codes) and its
 * actions, the sortable box around them. dnd-kit re-renders every
 * sortable row whenever the list changes (a row added, moved or removed); only this thin shell
 * re-renders then, while the header and the inputs, memoized on stable props, do not. The shell is
 * a plain element styled once for the page (editor-styles.ts), so that re-render does no styling.
 */
export const ConditionRow = memo(function ConditionRow({
  group,
  index,
  id,
  isLast,
  groupCount,
}: ConditionRowProps) {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const sortable = useSortable({
    id,
    data: { type: 'condition', group, index },
    disabled: editor.readOnly,
  });
  const path = `segment.${group}.queries.${index}`;
  return (
    <div
      ref={sortable.setNodeRef}
      className={conditionRowClass}
      id={fieldId(path)}
      tabIndex={-1}
      role="group"
      aria-label={t('condition.title', { n: index + 1 })}
      data-dragging={sortable.isDragging || undefined}
      style={{
        transform: CSS.Translate.toString(sortable.transform),
        transition: sortable.transition,
      }}
    >
      {!editor.readOnly && (
        <ConditionDragHandle
          n={index + 1}
          dragRef={sortable.setActivatorNodeRef}
          dragAttributes={sortable.attributes}
          dragListeners={sortable.listeners}
        />
      )}
      <ConditionFields group={group} index={index} />
      <ConditionActions group={group} index={index} isLast={isLast} groupCount={groupCount} />
    </div>
  );
});
