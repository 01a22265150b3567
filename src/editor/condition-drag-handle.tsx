import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { rowIconButton } from './row-icon-button';

export interface ConditionDragHandleProps {
  n: number;
  /** The handle's ref for the drag layer. */
  dragRef: (element: HTMLElement | null) => void;
  /** dnd-kit's attributes and listeners once it is loaded, its loaders before (use-drag-row.ts). */
  dragProps: Record<string, unknown>;
}

/**
 * The handle a condition is dragged by (pointer, or Space and the arrows), showing the condition's
 * number so that "Condition 3" in a message can be found at a glance.
 */
export const ConditionDragHandle = memo(function ConditionDragHandle({
  n,
  dragRef,
  dragProps,
}: ConditionDragHandleProps) {
  const { t } = useTranslation('editor');
  return rowIconButton({
    icon: 'drag',
    ref: dragRef,
    className: 'se-condition-handle',
    'aria-label': t('condition.drag', { n }),
    ...dragProps,
    children: (
      <span aria-hidden="true" className="se-condition-number">
        {n}
      </span>
    ),
  });
});
