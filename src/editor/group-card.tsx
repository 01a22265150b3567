import { memo, useEffect } from 'react';
import Typography from '@mui/material/Typography';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { addCondition } from './model/commands';
import { ConditionRow } from './condition-row';
import { useEditor } from './editor-context';
import { fieldId } from './field-id';
import { GroupHeader } from './group-header';
import { GroupSettings } from './group-settings';
import { useDragGroup } from './use-drag-group';
import { useSnapshotIssue } from './use-snapshot-issue';

export interface GroupCardProps {
  index: number;
  groupKey: string;
  groupCount: number;
  expanded: boolean;
  onToggle: (groupKey: string) => void;
  onRemove: (index: number) => void;
}

/**
 * About how tall a group is (px) before it is first drawn (editor-styles.ts draws a group only near
 * the viewport): its header, and when open its settings, conditions and "Add condition".
 */
const estimatedHeight = (expanded: boolean, conditions: number) =>
  expanded ? 300 + 71 * conditions : 70;

/**
 * A rule group: its header, and when open its settings and conditions. The conditions' field array
 * lives here, so the header's count and the rows' keys follow it; a collapsed group renders no rows
 * while the form keeps every value.
 */
export const GroupCard = memo(function GroupCard({
  index,
  groupKey,
  groupCount,
  expanded,
  onToggle,
  onRemove,
}: GroupCardProps) {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const name = `segment.${index}.queries` as const;
  const queries = useFieldArray({ control: editor.form.control, name });
  // The area is there only while the group is open, so its entry follows `expanded`.
  const droppable = useDragGroup(groupKey, index, expanded);
  const emptyMessage = useSnapshotIssue(name, queries.fields.length === 0);
  const ids = queries.fields.map((field) => field.id);
  const { insert, remove, move } = queries;
  useEffect(
    () => editor.registerArray(name, { insert, remove, move }),
    [editor, name, insert, remove, move],
  );
  const n = index + 1;
  return (
    // Plain elements styled once for the page (editor-styles.ts): an outlined MUI Paper, the body's
    // boxes and a text Button, drawn the same, without styling work at each group's render.
    <section
      className="se-group"
      id={fieldId(`segment.${index}`)}
      tabIndex={-1}
      aria-label={t('group.region', { n })}
      // The property itself, not a custom property that every element of the group inherits:
      // changing that (a condition added) restyled each of the group's ~350 elements.
      style={{ containIntrinsicSize: `auto ${estimatedHeight(expanded, queries.fields.length)}px` }}
    >
      <GroupHeader
        index={index}
        groupKey={groupKey}
        groupCount={groupCount}
        conditionCount={queries.fields.length}
        expanded={expanded}
        onToggle={onToggle}
        onRemove={onRemove}
      />
      {expanded && (
        <div id={`group-body-${groupKey}`} className="se-group-body">
          <GroupSettings group={index} />
          <div
            ref={droppable.areaRef}
            className="se-group-rows"
            data-over={droppable.isOver || undefined}
          >
            {queries.fields.map((field, q) => (
              <ConditionRow
                key={field.id}
                id={field.id}
                group={index}
                index={q}
                isLast={q === ids.length - 1}
                groupCount={groupCount}
              />
            ))}
            {ids.length === 0 && (
              <Typography
                variant="body2"
                color={emptyMessage ? 'error' : 'textSecondary'}
                sx={{ py: 1 }}
              >
                {emptyMessage ?? t('group.empty')}
              </Typography>
            )}
          </div>
          {!editor.readOnly && (
            <button
              type="button"
              id={fieldId(name)}
              className="se-text-button"
              data-icon="add"
              onClick={() => {
                const refusal = editor.run(addCondition(editor.getDraft(), index));
                if (refusal) editor.announce(t(`refusal.${refusal}`));
              }}
            >
              {t('group.addCondition')}
            </button>
          )}
        </div>
      )}
    </section>
  );
});
