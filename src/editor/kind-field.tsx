import { useId } from 'react';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { segmentKinds, type SegmentKind } from '../segment';
import { setKind } from './model/commands';
import { useEditor, useFieldError, useFieldValue } from './editor-context';
import { fieldId } from './field-id';

/** The kind of segment, each with a one-line explanation. */
export function KindField() {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  const kind = useFieldValue<SegmentKind>('kind');
  const error = useFieldError('kind');
  const labelId = useId();
  return (
    <FormControl error={error !== undefined} component="fieldset" sx={{ minWidth: 0 }}>
      <FormLabel id={labelId} component="legend" sx={{ mb: 0.5 }}>
        {t('settings.kind')}
      </FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        value={kind}
        onChange={(_event, value) => editor.run(setKind(editor.getDraft(), value as SegmentKind))}
        sx={{ gap: 0.5 }}
      >
        {segmentKinds.map((k, i) => (
          <FormControlLabel
            key={k}
            value={k}
            disabled={editor.readOnly && k !== kind}
            control={
              <Radio
                size="small"
                id={i === 0 ? fieldId('kind') : undefined}
                slotProps={{ input: { readOnly: editor.readOnly } }}
              />
            }
            sx={{ alignItems: 'flex-start', mr: 0, '& .MuiRadio-root': { pt: 0.25 } }}
            label={
              <span>
                <Typography
                  component="span"
                  variant="body2"
                  sx={{ fontWeight: 600, display: 'block' }}
                >
                  {t(`settings.kinds.${k}`)}
                </Typography>
                <Typography
                  component="span"
                  variant="body2"
                  color="text.secondary"
                  sx={{ display: 'block' }}
                >
                  {t(`settings.kindHelp.${k}`)}
                </Typography>
              </span>
            }
          />
        ))}
      </RadioGroup>
      {error && (
        <Typography variant="caption" color="error" role="alert">
          {error}
        </Typography>
      )}
    </FormControl>
  );
}
