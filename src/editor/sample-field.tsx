import { memo } from 'react';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { NumberInput } from './model/draft';
import { useEditor } from './editor-context';
import { lazyPart } from '../ui/lazy';
import { NumberField } from './number-field';
import type { SampleSliderProps } from './sample-slider';
import { useBoundField } from './use-bound-field';

const asPercent = (value: NumberInput, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(100, Math.max(0, value))
    : fallback;

/** What the slider looks like (rail, range, thumbs, same size) until its code is there. */
function SliderPlaceholder({ from, to, disabled }: SampleSliderProps) {
  const color = disabled ? 'action.disabled' : 'primary.main';
  const thumb = {
    position: 'absolute',
    top: 8,
    width: 12,
    height: 12,
    ml: '-6px',
    borderRadius: '50%',
    bgcolor: color,
  } as const;
  return (
    // An inline block, as the Slider's root is: the line it sits on gives both the same height.
    <Box
      aria-hidden
      sx={{ position: 'relative', display: 'inline-block', width: '100%', height: 28 }}
    >
      <Box
        sx={{
          position: 'absolute',
          top: 13,
          left: 0,
          right: 0,
          height: 2,
          borderRadius: 1,
          bgcolor: color,
          opacity: 0.38,
        }}
      />
      <Box
        sx={{
          position: 'absolute',
          top: 13,
          left: `${from}%`,
          width: `${Math.max(0, to - from)}%`,
          height: 2,
          bgcolor: color,
        }}
      />
      <Box sx={{ ...thumb, left: `${from}%` }} />
      <Box sx={{ ...thumb, left: `${to}%` }} />
    </Box>
  );
}

// MUI's Slider is the largest single widget of the builder: it loads beside the app, off its critical path.
const slider = lazyPart<SampleSliderProps>(
  () => import('./sample-slider').then((m) => m.SampleSlider),
  SliderPlaceholder,
);

/** The sampled slice of a group (`percent_from`..`percent_to`): a range slider and two inputs. */
export const SampleField = memo(function SampleField({ group }: { group: number }) {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const from = useBoundField<NumberInput>(`segment.${group}.percent_from`);
  const to = useBoundField<NumberInput>(`segment.${group}.percent_to`);
  const key = `segment.${group}.percent`;
  const onSlide = (nextFrom: number, nextTo: number) => {
    // Both ends of one drag are one undo step.
    editor.setField(`segment.${group}.percent_from`, nextFrom, { key });
    editor.setField(`segment.${group}.percent_to`, nextTo, { key });
  };
  const labelId = `sample-label-${group}`;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography id={labelId} variant="body2" sx={{ fontWeight: 500 }}>
        {t('group.sample')}
      </Typography>
      <Box sx={{ px: 1.25 }}>
        <slider.Part
          from={asPercent(from.value, 0)}
          to={asPercent(to.value, 100)}
          disabled={editor.readOnly}
          onChange={onSlide}
          fromLabel={t('group.sampleFrom')}
          toLabel={t('group.sampleTo')}
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
