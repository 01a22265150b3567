import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Difference } from './conflict-diff';

const code = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: '0.8125rem',
  wordBreak: 'break-all',
} as const;

export interface DifferencesTableProps {
  label: string;
  /** The headings of the two value columns: the version before, the version after. */
  before: string;
  after: string;
  differences: readonly Difference[];
  /** How many more differences there are than listed. */
  more: number;
}

/** Differences between two versions of a segment, path by path (conflict-diff.ts). */
export function DifferencesTable({
  label,
  before,
  after,
  differences,
  more,
}: DifferencesTableProps) {
  const { t } = useTranslation('app');
  return (
    <>
      <Table size="small" aria-label={label} sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '34%' }}>{t('conflictWhere')}</TableCell>
            <TableCell>{before}</TableCell>
            <TableCell>{after}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {differences.map((difference) => (
            <TableRow key={difference.path}>
              <TableCell sx={code}>{difference.path}</TableCell>
              <TableCell sx={{ ...code, color: 'text.secondary' }}>
                {difference.before ?? t('conflictNone')}
              </TableCell>
              <TableCell sx={code}>{difference.after ?? t('conflictNone')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more > 0 && (
        <Typography variant="body2" color="textSecondary" sx={{ mt: 1 }}>
          {t('conflictMore', { count: more })}
        </Typography>
      )}
    </>
  );
}
