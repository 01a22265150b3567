import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { useCatalogue, type CatalogueItem } from './catalogue-context';
import type { NumberInput } from './model/draft';
import { useEditor } from './editor-context';
import { KindField } from './kind-field';
import { LazyActionMenu, preloadActionMenu } from '../ui/lazy-action-menu';
import { NumberField } from './number-field';
import { outlinedField } from '../ui/outlined-field';
import { SegmentIdField } from './segment-id-field';
import { useBoundField } from './use-bound-field';

/** The databases the API lists, to pick from; the field beside it still takes any ID typed in. */
function DatabaseMenu({
  databases,
  value,
  onChange,
}: {
  databases: readonly CatalogueItem[];
  value: NumberInput;
  onChange: (id: number) => void;
}) {
  const { t } = useTranslation('editor');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <IconButton
        aria-label={t('settings.chooseDatabase')}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onPointerEnter={preloadActionMenu}
        onFocus={preloadActionMenu}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ mt: 0.25 }}
      >
        <ArrowDropDownIcon />
      </IconButton>
      <LazyActionMenu
        anchor={anchor}
        onClose={() => setAnchor(null)}
        actions={databases.map((item) => ({
          key: String(item.id),
          label: `${item.id} · ${item.name}`,
          selected: item.id === value,
          onClick: () => {
            setAnchor(null);
            onChange(item.id);
          },
        }))}
      />
    </>
  );
}

/**
 * Under the Database field: the database's name from `databases/list`, or a warning when the list
 * does not have it (before Save, not only after the server refuses; a warning, since the list may
 * be partial). Locked for an existing segment.
 */
function DatabaseHelp({
  value,
  databases,
  locked,
}: {
  value: NumberInput;
  databases: readonly CatalogueItem[] | undefined;
  locked: boolean;
}) {
  const { t } = useTranslation('editor');
  if (locked) return t('settings.databaseLocked');
  const found = databases?.find((item) => item.id === value);
  if (found) return found.name;
  if (databases && databases.length > 0 && typeof value === 'number') {
    return (
      <Box component="span" sx={{ color: 'warning.main' }}>
        {t('settings.databaseNotListed', { id: value })}
      </Box>
    );
  }
  return t('settings.databaseHelp');
}

/** Segment ID, name, database and kind. */
export function SegmentSettings() {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const name = useBoundField<string>('name');
  const database = useBoundField<NumberInput>('list_id');
  const { databases } = useCatalogue();
  return (
    <section aria-labelledby="segment-settings-title">
      <h2 id="segment-settings-title" className="se-section-title">
        {t('settings.title')}
      </h2>
      <div className="se-settings-grid">
        {outlinedField({
          id: name.id,
          label: t('settings.name'),
          required: true,
          value: name.value,
          onChange: name.onChange,
          onBlur: name.onBlur,
          error: name.error !== undefined,
          helperText: name.error,
          htmlInput: { readOnly: name.readOnly, autoComplete: 'off' },
        })}
        <SegmentIdField />
        <div className="se-database">
          <NumberField
            {...database}
            label={t('settings.database')}
            required
            fullWidth
            readOnly={database.readOnly || editor.existing}
            helperText={
              <DatabaseHelp value={database.value} databases={databases} locked={editor.existing} />
            }
          />
          {databases && databases.length > 0 && !editor.existing && !database.readOnly && (
            <DatabaseMenu
              databases={databases}
              value={database.value}
              onChange={database.onChange}
            />
          )}
        </div>
      </div>
      <div className="se-settings-kind">
        <KindField />
      </div>
    </section>
  );
}
