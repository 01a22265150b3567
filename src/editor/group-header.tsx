import { memo } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslation } from 'react-i18next';
import { describeSample } from '../segment';
import { duplicateGroup, moveGroup, type CommandResult } from './model/commands';
import type { NumberInput } from './model/draft';
import { useEditor, useFieldValue } from './editor-context';
import { fieldId } from './field-id';
import { useLang } from './use-lang';

export interface GroupHeaderProps {
  index: number;
  groupKey: string;
  groupCount: number;
  conditionCount: number;
  expanded: boolean;
  onToggle: (groupKey: string) => void;
  onRemove: (index: number) => void;
}

/** The condition count, drawn as MUI's small Chip draws it (a Chip per group is more than it needs). */
const countBadge = {
  display: 'inline-flex',
  alignItems: 'center',
  verticalAlign: 'middle',
  height: 24,
  maxWidth: '100%',
  px: 1,
  mr: 1,
  borderRadius: '16px',
  bgcolor: 'action.selected',
  color: 'text.primary',
  fontSize: '0.8125rem',
  lineHeight: 1.5,
  whiteSpace: 'nowrap',
} as const;

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
    icon: React.ReactNode,
    onClick: () => void,
    disabled = false,
    id?: string,
  ) => (
    <IconButton
      id={id}
      size="small"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {icon}
    </IconButton>
  );
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
      <IconButton
        size="small"
        aria-expanded={expanded}
        aria-controls={expanded ? `group-body-${groupKey}` : undefined}
        aria-label={expanded ? t('group.collapse', { n }) : t('group.expand', { n })}
        onClick={() => onToggle(groupKey)}
      >
        <ExpandMoreIcon
          sx={{ transform: expanded ? 'none' : 'rotate(-90deg)', transition: 'transform 150ms' }}
        />
      </IconButton>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography
          variant="h3"
          sx={{ fontSize: '1rem', fontWeight: 600, display: 'inline', mr: 1 }}
        >
          {t('group.title', { n })}
        </Typography>
        <Box component="span" sx={countBadge}>
          {t('group.conditions', { count: conditionCount })}
        </Box>
        <Typography
          variant="body2"
          color="text.secondary"
          component="span"
          sx={{ display: { xs: 'block', sm: 'inline' } }}
        >
          {summary}
        </Typography>
      </Box>
      {!editor.readOnly && (
        <Box sx={{ display: 'flex', gap: 0.25 }}>
          {action(
            t('group.moveUp'),
            <ArrowUpwardIcon fontSize="small" />,
            () => run(moveGroup(editor.getDraft(), index, index - 1), 'up'),
            index === 0,
            `${fieldId(`segment.${index}`)}--up`,
          )}
          {action(
            t('group.moveDown'),
            <ArrowDownwardIcon fontSize="small" />,
            () => run(moveGroup(editor.getDraft(), index, index + 1), 'down'),
            index >= groupCount - 1,
            `${fieldId(`segment.${index}`)}--down`,
          )}
          {action(t('group.duplicate'), <ContentCopyIcon fontSize="small" />, () =>
            run(duplicateGroup(editor.getDraft(), index)),
          )}
          {action(t('group.remove'), <DeleteOutlinedIcon fontSize="small" />, () =>
            onRemove(index),
          )}
        </Box>
      )}
    </Box>
  );
});
