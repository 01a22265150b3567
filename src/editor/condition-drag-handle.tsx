import { memo } from 'react';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { RowIconButton } from './row-icon-button';

export interface ConditionDragHandleProps {
  n: number;
  /** dnd-kit's ref, attributes and listeners of the handle (stable between drags). */
  dragRef: (element: HTMLElement | null) => void;
  dragAttributes: DraggableAttributes;
  dragListeners: DraggableSyntheticListeners;
}

/**
 * The handle a condition is dragged by (pointer, or Space and the arrows), showing the condition's
 * number so that "Condition 3" in a message can be found at a glance.
 */
export const ConditionDragHandle = memo(function ConditionDragHandle({
  n,
  dragRef,
  dragAttributes,
  dragListeners,
}: ConditionDragHandleProps) {
  const { t } = useTranslation('editor');
  return (
    <RowIconButton
      icon="drag"
      ref={dragRef}
      className="se-condition-handle"
      aria-label={t('condition.drag', { n })}
      {...dragAttributes}
      {...dragListeners}
    >
      <span aria-hidden="true" className="se-condition-number">
        {n}
      </span>
    </RowIconButton>
  );
});
