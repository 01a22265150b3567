import { memo } from 'react';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Slider from '@mui/material/Slider';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { NumberInput } from './draft';
import { useEditor } from './editor-context';
import { NumberField } from './number-field';
import { useBoundField } from './use-bound-field';

const asPercent = (value: NumberInput, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : fallback;

/** The sampled slice of a group (`percent_from`..`percent_to`): a range slider and two inputs. */
export const SampleField = memo(function SampleField({ group }: { group: number }) {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const from = useBoundField<NumberInput>(`segment.${group}.percent_from`);
  const to = useBoundField<NumberInput>(`segment.${group}.percent_to`);
  const key = `segment.${group}.percent`;
  const onSlide = (_event: Event, value: number | number[]) => {
    if (!Array.isArray(value)) return;
    // Both ends of one drag are one undo step.
    editor.setField(`segment.${group}.percent_from`, value[0], { key });
    editor.setField(`segment.${group}.percent_to`, value[1], { key });
  };
  const labelId = `sample-label-${group}`;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography id={labelId} variant="body2" sx={{ fontWeight: 500 }}>
        {t('group.sample')}
      </Typography>
      <Box sx={{ px: 1.25 }}>
        <Slider
          size="small"
          value={[asPercent(from.value, 0), asPercent(to.value, 100)]}
          onChange={onSlide}
          disabled={editor.readOnly}
          min={0}
          max={100}
          disableSwap
          valueLabelDisplay="auto"
          getAriaLabel={(i) => `${i === 0 ? t('group.sampleFrom') : t('group.sampleTo')} (%)`}
          getAriaValueText={(v) => `${v}%`}
        />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
        <NumberField {...from} label={t('group.sampleFrom')} />
        <NumberField {...to} label={t('group.sampleTo')} />
      </Box>
      <FormHelperText>{t('group.sampleHelp')}</FormHelperText>
    </Box>
  );
});
