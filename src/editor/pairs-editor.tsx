import { memo } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { isCanonicalNumber, type ValuePair } from '../segment';
import { fieldId } from './field-id';
import { outlinedField } from '../ui/outlined-field';

export interface PairsEditorProps {
  path: string;
  pairs: readonly ValuePair[];
  onChange: (pairs: ValuePair[]) => void;
  onBlur: () => void;
  errorAt: (pairPath: string) => string | undefined;
  readOnly: boolean;
}

/** Keeps a number a number when the new text is one; anything else is text. */
const nextValue = (previous: ValuePair['value'], text: string): ValuePair['value'] =>
  typeof previous === 'number' && isCanonicalNumber(text) ? Number(text) : text;

/** Free name/value pairs, for rules the catalogue does not know. */
export const PairsEditor = memo(function PairsEditor({
  path,
  pairs,
  onChange,
  onBlur,
  errorAt,
  readOnly,
}: PairsEditorProps) {
  const { t } = useTranslation('editor');
  const update = (index: number, patch: Partial<ValuePair>) =>
    onChange(pairs.map((pair, i) => (i === index ? { ...pair, ...patch } : pair)));
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="body2" sx={{ fontWeight: 500, mb: 1 }}>
        {t('condition.pairs')}
      </Typography>
      {pairs.map((pair, index) => {
        const nameError = errorAt(`${path}.${index}.name`);
        const valueError = errorAt(`${path}.${index}.value`);
        return (
          <Box
            key={index}
            sx={{
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto',
              gap: 1,
              mb: 1,
            }}
          >
            {outlinedField({
              id: fieldId(`${path}.${index}.name`),
              label: t('condition.pairName'),
              value: pair.name,
              onChange: (text) => update(index, { name: text }),
              onBlur,
              error: nameError !== undefined,
              helperText: nameError,
              htmlInput: { readOnly, autoComplete: 'off' },
            })}
            {outlinedField({
              id: fieldId(`${path}.${index}.value`),
              label: t('condition.value'),
              value: String(pair.value),
              onChange: (text) => update(index, { value: nextValue(pair.value, text) }),
              onBlur,
              error: valueError !== undefined,
              helperText: valueError,
              htmlInput: { readOnly, autoComplete: 'off' },
            })}
            {!readOnly && (
              <IconButton
                aria-label={t('condition.removePair', { n: index + 1 })}
                onClick={() => onChange(pairs.filter((_, i) => i !== index))}
                sx={{ alignSelf: 'start' }}
              >
                <DeleteOutlinedIcon fontSize="small" />
              </IconButton>
            )}
          </Box>
        );
      })}
      {!readOnly && (
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => onChange([...pairs, { name: '', value: '' }])}
        >
          {t('condition.addPair')}
        </Button>
      )}
    </Box>
  );
});
