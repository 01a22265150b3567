import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberInput } from './model/draft';
import { useEditor } from './editor-context';
import { afterFirstIdle } from '../ui/idle';
import { lazyPart } from '../ui/lazy';
import { NumberField } from './number-field';
import type { SampleSliderProps } from './sample-slider';
import { useBoundField } from './use-bound-field';
import { retryableImport } from '../ui/retry-import';

const asPercent = (value: NumberInput, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(100, Math.max(0, value))
    : fallback;

/**
 * What the slider looks like (rail, range, thumbs, same size) until its code is there: plain
 * elements styled once for the page (editor-styles.ts), as a group draws one each.
 */
function SliderPlaceholder({ from, to, disabled }: SampleSliderProps) {
  return (
    // An inline block, as the Slider's root is: the line it sits on gives both the same height.
    <span aria-hidden className="se-slider-placeholder" data-disabled={disabled || undefined}>
      <span className="se-slider-rail" />
      <span
        className="se-slider-track"
        style={{ left: `${from}%`, width: `${Math.max(0, to - from)}%` }}
      />
      <span className="se-slider-thumb" style={{ left: `${from}%` }} />
      <span className="se-slider-thumb" style={{ left: `${to}%` }} />
    </span>
  );
}

// MUI's Slider is the largest single widget of the builder: it loads beside the app, off its critical path.
const loadSlider = retryableImport(
  () => import('./sample-slider'),
  (m) => m.SampleSlider,
);
const slider = lazyPart<SampleSliderProps>(
  // Loaded and drawn once the first screen is up: ten sliders are no reason to wait (its stand-in
  // looks the same).
  () => afterFirstIdle().then(loadSlider),
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
    <div className="se-sample">
      <p id={labelId} className="se-sample-label">
        {t('group.sample')}
      </p>
      <div className="se-sample-slider">
        <slider.Part
          from={asPercent(from.value, 0)}
          to={asPercent(to.value, 100)}
          disabled={editor.readOnly}
          onChange={onSlide}
          fromLabel={t('group.sampleFrom')}
          toLabel={t('group.sampleTo')}
        />
      </div>
      <div className="se-sample-inputs">
        <NumberField {...from} label={t('group.sampleFrom')} />
        <NumberField {...to} label={t('group.sampleTo')} />
      </div>
      <p className="se-sample-help">{t('group.sampleHelp')}</p>
    </div>
  );
});
