import { memo } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor-context';
import type { DraftIssue } from './validation';

const SHOWN = 12;

/**
 * Every problem of the draft, each a link that moves the focus to its field (opening its group).
 * Fed by the deferred whole-request validation, so it costs nothing while typing.
 */
export const ErrorSummary = memo(function ErrorSummary({ issues, id }: { issues: readonly DraftIssue[]; id?: string }) {
  const { t } = useTranslation('editor');
  const editor = useEditor();
  if (issues.length === 0) return null;
  return (
    <Alert severity="warning" id={id} tabIndex={-1} sx={{ '& ul': { m: 0, pl: 2.5 }, overflowWrap: 'anywhere' }}>
      <AlertTitle>{t('summary.title', { count: issues.length })}</AlertTitle>
      <ul>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={`${issue.path}-${i}`}>
            <Link
              component="button"
              type="button"
              variant="body2"
              color="inherit"
              sx={{ textAlign: 'start', verticalAlign: 'baseline' }}
              onClick={() => editor.focus(issue.field || 'name')}
            >
              {issue.message}
            </Link>{' '}
            <code style={{ fontSize: '0.75rem', opacity: 0.8 }}>{issue.path}</code>
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && t('summary.more', { count: issues.length - SHOWN })}
    </Alert>
  );
});
