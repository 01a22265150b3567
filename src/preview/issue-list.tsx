import { Alert, AlertTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CodecIssue } from '../segment';

const SHOWN = 20;

/** The problems of an invalid request, path first, capped so that thousands cannot flood the page. */
export function IssueList({ issues }: { issues: readonly CodecIssue[] }) {
  const { t } = useTranslation('preview');
  const shown = issues.slice(0, SHOWN);
  return (
    <Alert severity="warning" sx={{ mt: 1, '& ul': { m: 0, pl: 2.5 }, overflowWrap: 'anywhere' }}>
      <AlertTitle>{t('problems', { count: issues.length })}</AlertTitle>
      <ul>
        {shown.map((issue, i) => (
          <li key={i}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && t('moreProblems', { count: issues.length - SHOWN })}
    </Alert>
  );
}
