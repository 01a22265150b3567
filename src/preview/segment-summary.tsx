import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Box, Button, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  createRequestSummarizer,
  type SegmentRequest,
  type SummaryLanguage,
  type SummaryNames,
} from '../segment';

/** Characters shown while collapsed: a few lines in the preview's column, at 480 px and wide. */
export const SUMMARY_COLLAPSED_CHARS = 220;

/** The first `max` characters of `text`, cut at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = SUMMARY_COLLAPSED_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * What the segment selects, in a sentence of the UI's language (summarizeRequest of the model).
 * Pass the deferred snapshot's request: the text is computed at a lower priority than typing, and
 * a long one (thousands of conditions) shows a few lines until "Show all". `names` (memoize it)
 * gives the database's field titles and database names.
 */
export function SegmentSummary({
  request,
  names,
}: {
  request: SegmentRequest;
  names?: SummaryNames | undefined;
}) {
  const { t, i18n } = useTranslation('preview');
  const lang: SummaryLanguage = i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
  const deferred = useDeferredValue(request);
  // Keeps each group's words: the editor's requests share the groups a keystroke did not change.
  const [summarize] = useState(createRequestSummarizer);
  const text = useMemo(() => summarize(deferred, lang, names), [summarize, deferred, lang, names]);
  const [expanded, setExpanded] = useState(false);
  const long = text.length > SUMMARY_COLLAPSED_CHARS;
  const headingId = useId();
  const textId = useId();
  return (
    <Paper variant="outlined" sx={{ px: 1.5, py: 1, mb: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 30 }}>
        <Typography
          id={headingId}
          component="h2"
          variant="subtitle2"
          sx={{ fontWeight: 600, mr: 'auto' }}
        >
          {t('summary.title')}
        </Typography>
        {long && (
          <Button
            size="small"
            aria-expanded={expanded}
            aria-controls={textId}
            onClick={() => setExpanded((open) => !open)}
            sx={{ py: 0 }}
          >
            {expanded ? t('summary.showLess') : t('summary.showAll')}
          </Button>
        )}
      </Box>
      <Typography
        id={textId}
        role="region"
        aria-labelledby={headingId}
        variant="body2"
        // A long summary scrolls inside its box, and the keyboard can scroll it too.
        tabIndex={expanded && long ? 0 : undefined}
        sx={{
          overflowWrap: 'anywhere',
          ...(expanded && long ? { maxHeight: '40vh', overflowY: 'auto', pr: 0.5 } : {}),
        }}
      >
        {expanded ? text : excerpt(text)}
      </Typography>
    </Paper>
  );
}
