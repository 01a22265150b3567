import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from './catalogue-context';
import { CataloguePicker } from './catalogue-picker';
import { formatNumberInput, parseNumberInput, type NumberInput } from './draft';
import { useEditor } from './editor-context';
import { KindField } from './kind-field';
import { NumberField } from './number-field';
import { useBoundField } from './use-bound-field';

/** Segment ID, name, database and kind. */
export function SegmentSettings() {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const id = useBoundField<NumberInput>('id');
  const name = useBoundField<string>('name');
  const database = useBoundField<NumberInput>('list_id');
  const { databases } = useCatalogue();
  return (
    <Box component="section" aria-labelledby="segment-settings-title">
      <Typography id="segment-settings-title" variant="h2" sx={{ fontSize: '1.125rem', fontWeight: 600, mb: 2 }}>
        {t('settings.title')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr)' },
          alignItems: 'start',
        }}
      >
        <TextField
          id={name.id}
          label={t('settings.name')}
          size="small"
          required
          value={name.value}
          onChange={(event) => name.onChange(event.target.value)}
          onBlur={name.onBlur}
          error={name.error !== undefined}
          helperText={name.error}
          slotProps={{ htmlInput: { readOnly: name.readOnly, autoComplete: 'off' } }}
        />
        <NumberField {...id} label={t('settings.id')} helperText={t('settings.idHelp')} />
        {databases && databases.length > 0 && !editor.existing ? (
          // A new segment picks its database from the API's list, or takes any ID typed in.
          <CataloguePicker
            id={database.id}
            label={t('settings.database')}
            value={formatNumberInput(database.value)}
            options={databases.map((item) => String(item.id))}
            labelOf={(text) => databases.find((item) => String(item.id) === text)?.name}
            onChange={(text) => database.onChange(parseNumberInput(text))}
            onBlur={database.onBlur}
            error={database.error}
            readOnly={database.readOnly}
          />
        ) : (
          <NumberField
            {...database}
            label={t('settings.database')}
            required
            readOnly={database.readOnly || editor.existing}
            helperText={editor.existing ? t('settings.databaseLocked') : t('settings.databaseHelp')}
          />
        )}
      </Box>
      <Box sx={{ mt: 2 }}>
        <KindField />
      </Box>
    </Box>
  );
}
