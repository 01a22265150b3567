import { memo, useCallback, useMemo, useState } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { useTranslation } from 'react-i18next';
import { useFormState, type FieldPath } from 'react-hook-form';
import { compos, fieldTypes, findStandardField, findRule, labelOf, operators, type Query, type ValuePair } from '../segment';
import { duplicateCondition, moveConditionBy, moveConditionToGroup, removeCondition, type CommandResult } from './commands';
import { useCatalogue } from './catalogue-context';
import { CataloguePicker } from './catalogue-picker';
import type { SegmentDraft } from './draft';
import { useAttempted, useEditor, useFieldValue } from './editor-context';
import { fieldId } from './field-id';
import { changeQuery, fieldOptions, operatorOptions, type QueryPart } from './query-change';
import { useLang } from './use-lang';
import { ValueEditor } from './value-editor';

export interface ConditionRowProps {
  group: number;
  index: number;
  /** The sortable id (the field array's key). */
  id: string;
  isLast: boolean;
  groupCount: number;
}

const knownKeys = new Set(['compo', 'name', 'operator', 'type', 'value']);
const compoOptions = Object.keys(compos);
const typeOptions = Object.keys(fieldTypes);

const errorIn = (errors: unknown, path: string): string | undefined => {
  let node = errors;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
};

/**
 * One condition. It subscribes to its own path only (exact), so typing in one row re-renders that
 * row alone; it is memoized on its position, so its siblings' edits never reach it.
 */
export const ConditionRow = memo(function ConditionRow({ group, index, id, isLast, groupCount }: ConditionRowProps) {
  const { t } = useTranslation('editor');
  const lang = useLang();
  const editor = useEditor();
  const { fields } = useCatalogue();
  const path = `segment.${group}.queries.${index}`;
  const query = useFieldValue<Query | undefined>(path);
  const parts = useMemo(() => ['compo', 'name', 'operator', 'type', 'value'].map((part) => `${path}.${part}` as FieldPath<SegmentDraft>), [path]);
  const { errors } = useFormState({ control: editor.form.control, name: parts, exact: true });
  const attempted = useAttempted();
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const sortable = useSortable({ id, data: { type: 'condition', group, index }, disabled: editor.readOnly });
  const readOnly = editor.readOnly;
  const place = { group, index };

  const show = useCallback(
    (part: string, fieldPath: string) => (touched.has(part) || attempted ? errorIn(errors, fieldPath) : undefined),
    [touched, attempted, errors],
  );
  const blur = (part: string) => () => {
    setTouched((current) => (current.has(part) ? current : new Set(current).add(part)));
    editor.touch(path);
  };
  const onValueBlur = useCallback(() => {
    setTouched((current) => (current.has('value') ? current : new Set(current).add('value')));
    editor.touch(path);
  }, [editor, path]);
  const validate = touched.size > 0 || attempted;
  const setPart = (part: QueryPart) => (value: string) => {
    const current = editor.getDraft().segment[group]?.queries[index];
    if (current) editor.setField(path, changeQuery(current, part, value, fields), { key: `${path}.${part}`, validate });
  };
  const setValue = useCallback(
    (pairs: ValuePair[]) => {
      const current = editor.getDraft().segment[group]?.queries[index];
      if (current) editor.setField(path, { ...current, value: pairs }, { key: `${path}.value`, validate });
    },
    [editor, group, index, path, validate],
  );
  const errorAt = useCallback((p: string) => show('value', p), [show]);
  const run = (result: CommandResult, suffix?: string) => {
    setMenu(null);
    const refusal = editor.run(result, suffix);
    if (refusal) editor.announce(t(`refusal.${refusal}`));
  };

  if (!query) return null;
  const extraKeys = Object.keys(query).filter((key) => !knownKeys.has(key));
  const fieldLabel = (name: string) => {
    const rule = findRule({ compo: query.compo, name });
    return rule ? rule.label[lang] : (findStandardField(name)?.label[lang] ?? fields?.find((field) => field.name === name)?.title);
  };
  const n = index + 1;
  return (
    <Box
      ref={sortable.setNodeRef}
      id={fieldId(path)}
      tabIndex={-1}
      role="group"
      aria-label={t('condition.title', { n })}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      sx={{
        position: 'relative',
        zIndex: sortable.isDragging ? 2 : undefined,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        boxShadow: sortable.isDragging ? 4 : undefined,
        p: 1.5,
        pt: 1,
        containerType: 'inline-size',
        contentVisibility: 'auto',
        containIntrinsicSize: 'auto 190px',
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mb: 1, minHeight: 36 }}>
        {!readOnly && (
          <IconButton
            ref={sortable.setActivatorNodeRef}
            size="small"
            aria-label={t('condition.drag', { n })}
            sx={{ cursor: 'grab', touchAction: 'none' }}
            {...sortable.attributes}
            {...sortable.listeners}
          >
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
              onClick={(event) => setMenu(event.currentTarget)}
            >
              <MoreVertIcon fontSize="small" />
            </IconButton>
            <IconButton size="small" aria-label={t('condition.remove')} onClick={() => run(removeCondition(editor.getDraft(), place))}>
              <DeleteOutlinedIcon fontSize="small" />
            </IconButton>
          </>
        )}
        {menu && (
          <Menu anchorEl={menu} open onClose={() => setMenu(null)}>
            <MenuItem onClick={() => run(duplicateCondition(editor.getDraft(), place))}>{t('condition.duplicate')}</MenuItem>
            <MenuItem disabled={group === 0} onClick={() => run(moveConditionToGroup(editor.getDraft(), place, -1), 'more')}>
              {t('condition.toPreviousGroup')}
            </MenuItem>
            <MenuItem disabled={group >= groupCount - 1} onClick={() => run(moveConditionToGroup(editor.getDraft(), place, 1), 'more')}>
              {t('condition.toNextGroup')}
            </MenuItem>
          </Menu>
        )}
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          '@container (min-width: 680px)': { gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        <CataloguePicker
          id={fieldId(`${path}.compo`)}
          label={t('condition.source')}
          value={query.compo}
          options={compoOptions}
          labelOf={(v) => (Object.hasOwn(compos, v) ? labelOf(compos, v, lang) : undefined)}
          onChange={setPart('compo')}
          onBlur={blur('compo')}
          error={show('compo', `${path}.compo`)}
          readOnly={readOnly}
        />
        <CataloguePicker
          id={fieldId(`${path}.name`)}
          label={t('condition.field')}
          value={query.name}
          options={fieldOptions(query.compo, fields)}
          labelOf={fieldLabel}
          onChange={setPart('name')}
          onBlur={blur('name')}
          error={show('name', `${path}.name`)}
          readOnly={readOnly}
        />
        <CataloguePicker
          id={fieldId(`${path}.operator`)}
          label={t('condition.operator')}
          value={query.operator}
          options={operatorOptions(query)}
          labelOf={(v) => (Object.hasOwn(operators, v) ? labelOf(operators, v, lang) : undefined)}
          onChange={setPart('operator')}
          onBlur={blur('operator')}
          error={show('operator', `${path}.operator`)}
          readOnly={readOnly}
        />
        <CataloguePicker
          id={fieldId(`${path}.type`)}
          label={t('condition.type')}
          value={query.type}
          options={typeOptions}
          labelOf={(v) => (Object.hasOwn(fieldTypes, v) ? labelOf(fieldTypes, v, lang) : undefined)}
          onChange={setPart('type')}
          onBlur={blur('type')}
          error={show('type', `${path}.type`)}
          readOnly={readOnly}
        />
      </Box>
      <Box sx={{ mt: 1 }}>
        <ValueEditor path={path} query={query} onChange={setValue} onBlur={onValueBlur} errorAt={errorAt} readOnly={readOnly} />
      </Box>
      {extraKeys.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {t('condition.unknownKeys', { keys: extraKeys.join(', ') })}
        </Typography>
      )}
    </Box>
  );
});
