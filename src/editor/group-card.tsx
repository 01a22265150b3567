import { memo, useEffect } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
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
  const emptyMessage = useSnapshotIssue(name);
  const ids = queries.fields.map((field) => field.id);
  const { insert, remove, move } = queries;
  useEffect(
    () => editor.registerArray(name, { insert, remove, move }),
    [editor, name, insert, remove, move],
  );
  const n = index + 1;
  return (
    <Paper
      variant="outlined"
      component="section"
      id={fieldId(`segment.${index}`)}
      tabIndex={-1}
      aria-label={t('group.region', { n })}
      sx={{
        p: { xs: 1.5, sm: 2 },
        '&:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main' },
      }}
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
        <Box id={`group-body-${groupKey}`} sx={{ mt: 2 }}>
          <GroupSettings group={index} />
          <Box
            ref={droppable.areaRef}
            sx={{
              mt: 2,
              display: 'flex',
              flexDirection: 'column',
              gap: 1.5,
              minHeight: 48,
              borderRadius: 1,
              outline: droppable.isOver ? 2 : 0,
              outlineStyle: 'dashed',
              outlineColor: 'primary.main',
            }}
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
                color={emptyMessage ? 'error' : 'text.secondary'}
                sx={{ py: 1 }}
              >
                {emptyMessage ?? t('group.empty')}
              </Typography>
            )}
          </Box>
          {!editor.readOnly && (
            <Button
              id={fieldId(name)}
              startIcon={<AddIcon />}
              sx={{ mt: 1.5 }}
              onClick={() => {
                const refusal = editor.run(addCondition(editor.getDraft(), index));
                if (refusal) editor.announce(t(`refusal.${refusal}`));
              }}
            >
              {t('group.addCondition')}
            </Button>
          )}
        </Box>
      )}
    </Paper>
  );
});
