import { memo } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { placeOf, type SegmentRequest } from '../segment';
import { useEditor } from './editor-context';
import type { DraftIssue } from './model/validation';

const SHOWN = 12;

/** A button that reads as a link, as MUI's `<Link component="button">` draws it. */
const linkButton = {
  typography: 'body2',
  color: 'inherit',
  textAlign: 'start',
  verticalAlign: 'baseline',
  textDecoration: 'underline',
  bgcolor: 'transparent',
  border: 0,
  borderRadius: 0,
  m: 0,
  p: 0,
  cursor: 'pointer',
  userSelect: 'none',
  appearance: 'none',
  WebkitTapHighlightColor: 'transparent',
  outline: 0,
  '&:focus-visible': { outline: 'auto' },
} as const;

export interface ErrorSummaryProps {
  issues: readonly DraftIssue[];
  request?: SegmentRequest | undefined;
  id?: string | undefined;
}

/**
 * Every problem of the draft, named by its place in words ("Group 1 · Limit"), each place a link
 * that moves the focus to its field (opening its group). Fed by the deferred whole-request
 * validation, so it costs nothing while typing.
 */
export const ErrorSummary = memo(function ErrorSummary({ issues, request, id }: ErrorSummaryProps) {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  if (issues.length === 0) return null;
  return (
    <Alert
      severity="warning"
      id={id}
      tabIndex={-1}
      sx={{ '& ul': { m: 0, pl: 2.5 }, overflowWrap: 'anywhere' }}
    >
      <AlertTitle>{t('summary.title', { count: issues.length })}</AlertTitle>
      <ul>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={`${issue.path}-${i}`}>
            <Box
              component="button"
              type="button"
              sx={linkButton}
              onClick={() => editor.focus(issue.field || 'name')}
            >
              {placeOf(issue.path, request)}
            </Box>
            {': '}
            {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && t('summary.more', { count: issues.length - SHOWN })}
    </Alert>
  );
});
