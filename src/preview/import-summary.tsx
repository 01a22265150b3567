import {
  Box,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SegmentKind } from '../segment';
import { summarize, type ImportSuccess } from './import-text';

interface ImportSummaryProps {
  result: ImportSuccess;
  kind: SegmentKind;
  onKindChange: (kind: SegmentKind) => void;
}

/** What an import found, and the choice of kind when a get reply leaves it open. */
export function ImportSummary({ result, kind, onKindChange }: ImportSummaryProps) {
  const { t } = useTranslation('preview');
  const choice = result.choices.find((c) => c.kind === kind) ?? result.choices[0];
  const summary = summarize(choice.request);
  const format = result.format.toUpperCase();
  const rows: [string, string][] = [
    [t('summaryName'), summary.name],
    [t('summaryId'), summary.id === undefined ? t('summaryNew') : String(summary.id)],
    [t('summaryKind'), t(`kind_${summary.kind}`)],
    [t('summaryDatabase'), summary.listId === undefined ? '—' : String(summary.listId)],
    [t('summaryGroups'), String(summary.groups)],
    [t('summaryConditions'), String(summary.conditions)],
  ];
  return (
    <Box
      role="region"
      aria-label={t('found')}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}
    >
      <Typography variant="subtitle2" component="h3">
        {result.source === 'request' ? t('foundRequest', { format }) : t('foundReply', { format })}
      </Typography>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: {
            xs: 'max-content minmax(0, 1fr)',
            sm: 'repeat(2, max-content minmax(0, 1fr))',
          },
          columnGap: 2,
          rowGap: 0.5,
          my: 1,
          '& dd': { m: 0, overflowWrap: 'anywhere' },
        }}
      >
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="textSecondary">
              {label}
            </Typography>
            <Typography component="dd" variant="body2">
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      {result.choices.length > 1 && (
        <FormControl>
          <FormLabel id="import-kind-label">{t('chooseKind')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby="import-kind-label"
            value={kind}
            onChange={(_e, value) => {
              const next = result.choices.find((c) => c.kind === value);
              if (next) onKindChange(next.kind);
            }}
          >
            {result.choices.map((c) => (
              <FormControlLabel
                key={c.kind}
                value={c.kind}
                control={<Radio size="small" />}
                label={t(`kind_${c.kind}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
      {result.tokenDropped && (
        <Typography variant="body2" color="textSecondary">
          {t('tokenDropped')}
        </Typography>
      )}
    </Box>
  );
}
