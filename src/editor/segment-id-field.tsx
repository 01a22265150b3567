import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { NumberInput } from './model/draft';
import { useEditor } from './editor-context';
import { NumberField } from './number-field';
import { useSaveTarget } from './save-target-context';
import { useBoundField } from './use-bound-field';

const whole = (value: NumberInput): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;

/** Says which segment Save will change, from the form's ID and what the app knows of it. */
function useTargetWords(value: NumberInput): string {
  const { t } = useTranslation('editor');
  const { ownId, ownName, useSegmentName } = useSaveTarget();
  const id = whole(value);
  const name = useSegmentName(id !== undefined && id !== ownId ? id : undefined);
  if (id === undefined) return t('settings.idNew');
  if (id === ownId)
    return ownName ? t('settings.idOwnNamed', { id, name: ownName }) : t('settings.idOwn', { id });
  if (name === null) return t('settings.idMissing', { id });
  return name ? t('settings.idForeignNamed', { id, name }) : t('settings.idForeign', { id });
}

/**
 * The segment's ID, and in words which segment Save will change. A new segment has no ID box to
 * fill by mistake: "Update an existing segment" opens one, and Save asks before it overwrites the
 * segment typed there. An ID that came in with an import, a pasted source or the portal's `set`
 * shows the same way. The segment this editor loaded or created keeps its ID locked.
 */
export function SegmentIdField() {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const id = useBoundField<NumberInput>('id');
  const { ownId } = useSaveTarget();
  const [opened, setOpened] = useState(false);
  const words = useTargetWords(id.value);
  const own = editor.existing || (ownId !== undefined && id.value === ownId);
  const shown = own || opened || id.value !== undefined;
  if (!shown) {
    return (
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ pt: 0.25, lineHeight: 1.4 }}>
          {words}
        </Typography>
        {!id.readOnly && (
          <Button
            size="small"
            sx={{ px: 0.5, ml: -0.5, textTransform: 'none', textAlign: 'left', lineHeight: 1.3 }}
            onClick={() => {
              setOpened(true);
              editor.focus('id');
            }}
          >
            {t('settings.idUpdateExisting')}
          </Button>
        )}
      </Box>
    );
  }
  return (
    <Box sx={{ minWidth: 0 }}>
      <NumberField
        {...id}
        label={t('settings.id')}
        readOnly={id.readOnly || own}
        helperText={words}
        fullWidth
      />
      {!own && !id.readOnly && (
        <Button
          size="small"
          sx={{ px: 0.5, ml: 1.25, textTransform: 'none', textAlign: 'left', lineHeight: 1.3 }}
          onClick={() => {
            id.onChange(undefined);
            setOpened(false);
          }}
        >
          {t('settings.idCreateNew')}
        </Button>
      )}
    </Box>
  );
}
