import { Alert, AlertTitle, Link } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { placeOf, type CodecIssue, type SegmentRequest } from '../segment';
import type { LineRange } from './line-paths';

const SHOWN = 20;

interface IssueListProps {
  issues: readonly CodecIssue[];
  /** The request the issues are of: a condition's place is named by its rule's words. */
  request: SegmentRequest;
  /** The lines of each issue, in the same order (`undefined` where none). */
  ranges: readonly (LineRange | undefined)[];
  /** Shows a line of the code; the issue's place becomes a link to its first line. */
  onShowLine: (index: number) => void;
}

/** The problems of an invalid request, each after its place in words ("Group 1 · Limit"), capped so that thousands cannot flood the page. */
export function IssueList({ issues, request, ranges, onShowLine }: IssueListProps) {
  const { t } = useTranslation('preview');
  const shown = issues.slice(0, SHOWN);
  return (
    <Alert severity="warning" sx={{ mt: 1, '& ul': { m: 0, pl: 2.5 }, overflowWrap: 'anywhere' }}>
      <AlertTitle>{t('problems', { count: issues.length })}</AlertTitle>
      <ul>
        {shown.map((issue, i) => {
          const range = ranges[i];
          return (
            <li key={i}>
              {range ? (
                <Link
                  component="button"
                  type="button"
                  color="inherit"
                  onClick={() => onShowLine(range[0])}
                  title={t('showLine', { line: range[0] + 1 })}
                  sx={{ verticalAlign: 'baseline', textAlign: 'left' }}
                >
                  {placeOf(issue.path, request)}
                </Link>
              ) : (
                placeOf(issue.path, request)
              )}
              : {issue.message}
            </li>
          );
        })}
      </ul>
      {issues.length > SHOWN && t('moreProblems', { count: issues.length - SHOWN })}
    </Alert>
  );
}
