import Slider from '@mui/material/Slider';

export interface SampleSliderProps {
  from: number;
  to: number;
  disabled: boolean;
  onChange: (from: number, to: number) => void;
  /** The accessible name of each thumb. */
  fromLabel: string;
  toLabel: string;
}

/** The range slider of a group's sample; loaded on demand by SampleField (MUI's Slider is large). */
export function SampleSlider({
  from,
  to,
  disabled,
  onChange,
  fromLabel,
  toLabel,
}: SampleSliderProps) {
  return (
    <Slider
      size="small"
      value={[from, to]}
      onChange={(_event, value) => {
        if (Array.isArray(value) && value[0] !== undefined && value[1] !== undefined)
          onChange(value[0], value[1]);
      }}
      disabled={disabled}
      min={0}
      max={100}
      disableSwap
      valueLabelDisplay="auto"
      getAriaLabel={(i) => `${i === 0 ? fromLabel : toLabel} (%)`}
      getAriaValueText={(v) => `${v}%`}
    />
  );
}
