import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor-context';
import { ConditionActions } from './condition-actions';
import { ConditionDragHandle } from './condition-drag-handle';
import { ConditionFields } from './condition-fields';
import { conditionRowClass } from './editor-styles';
import { fieldId } from './field-id';
import { useDragRow } from './use-drag-row';

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
 * actions, the sortable box around them (bound by the drag layer once
 * dnd-kit is loaded, see drag-store.ts). dnd-kit re-renders every
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
  const drag = useDragRow(id, group, index, editor.readOnly);
  const path = `segment.${group}.queries.${index}`;
  return (
    <div
      ref={drag.rowRef}
      className={conditionRowClass}
      id={fieldId(path)}
      tabIndex={-1}
      role="group"
      aria-label={t('condition.title', { n: index + 1 })}
      data-dragging={drag.drag?.dragging || undefined}
      style={drag.drag?.style}
    >
      {!editor.readOnly && (
        <ConditionDragHandle n={index + 1} dragRef={drag.handleRef} dragProps={drag.handleProps} />
      )}
      <ConditionFields group={group} index={index} />
      <ConditionActions group={group} index={index} isLast={isLast} groupCount={groupCount} />
    </div>
  );
});
