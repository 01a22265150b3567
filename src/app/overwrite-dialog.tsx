import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useDatabases } from '../api';
import { kindOf, listIdOf, type SegmentInfo, type SegmentRequest } from '../segment';
import { DifferencesTable } from './differences-table';
import type { OverwriteQuestion } from './document';

export interface OverwriteDialogProps {
  question: OverwriteQuestion | null;
  onOverwrite: () => void;
  onSaveAsNew: () => void;
  onCancel: () => void;
}

/** Name, kind (and the kind it would become), database and size of the segment that would be overwritten. */
function SegmentFacts({ info, sending }: { info: SegmentInfo; sending: SegmentRequest }) {
  const { t } = useTranslation(['app', 'editor']);
  const databases = useDatabases();
  const listId = listIdOf(info);
  const database = databases.data?.items.find((item) => item.id === listId);
  // segments/get of real Altcraft does not say the kind (altcraft-api.md section 4): left out then.
  const kind =
    info.is_static === undefined
      ? undefined
      : kindOf({ is_static: info.is_static, is_refresh_daily: info.is_refresh_daily });
  const next = kindOf(sending);
  const kindText =
    kind &&
    (kind === next
      ? t(`editor:settings.kinds.${kind}`)
      : t('app:factKindChange', {
          from: t(`editor:settings.kinds.${kind}`),
          to: t(`editor:settings.kinds.${next}`),
        }));
  const facts: [string, string][] = [
    [t('app:factName'), t('app:factNameValue', { name: info.name })],
    ...(kindText ? [[t('app:factKind'), kindText] as [string, string]] : []),
    ...(listId !== undefined
      ? [
          [t('app:factDatabase'), database ? `${listId} · ${database.name}` : String(listId)] as [
            string,
            string,
          ],
        ]
      : []),
    ...(info.count !== undefined
      ? [[t('app:factCount'), t('app:factCountValue', { count: info.count })] as [string, string]]
      : []),
  ];
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr',
        columnGap: 2,
        rowGap: 0.5,
        my: 2,
      }}
    >
      {facts.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="textSecondary">
            {term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 500 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/**
 * Save was about to change a segment this editor did not load (an ID typed, imported, pasted as
 * source or set by the portal): what that segment is and what would change, then Overwrite
 * segment N, Save as new segment or Cancel. When no segment has the ID: say so, offer a new one.
 */
export function OverwriteDialog({
  question,
  onOverwrite,
  onSaveAsNew,
  onCancel,
}: OverwriteDialogProps) {
  const { t } = useTranslation('app');
  return (
    <Dialog
      open={question !== null}
      onClose={onCancel}
      maxWidth="md"
      fullWidth
      aria-labelledby="overwrite-title"
      aria-describedby="overwrite-text"
    >
      {question?.kind === 'overwrite' && (
        <>
          <DialogTitle id="overwrite-title">{t('overwriteTitle', { id: question.id })}</DialogTitle>
          <DialogContent>
            <DialogContentText id="overwrite-text">
              {t('overwriteText', { id: question.id })}
            </DialogContentText>
            <SegmentFacts info={question.fresh} sending={question.sending} />
            {question.differences.length === 0 ? (
              <Typography variant="body2">{t('overwriteSame', { id: question.id })}</Typography>
            ) : (
              <DifferencesTable
                label={t('overwriteChanges', { id: question.id })}
                before={t('overwriteBefore', { id: question.id })}
                after={t('overwriteAfter')}
                differences={question.differences}
                more={question.more}
              />
            )}
          </DialogContent>
          <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
            <Button onClick={onCancel}>{t('cancel')}</Button>
            <Button variant="outlined" onClick={onSaveAsNew}>
              {t('saveAsNewSegment')}
            </Button>
            <Button variant="contained" color="warning" onClick={onOverwrite}>
              {t('overwriteSegment', { id: question.id })}
            </Button>
          </DialogActions>
        </>
      )}
      {question?.kind === 'missing' && (
        <>
          <DialogTitle id="overwrite-title">{t('missingTitle', { id: question.id })}</DialogTitle>
          <DialogContent>
            <DialogContentText id="overwrite-text">
              {t('missingText', { id: question.id })}
            </DialogContentText>
            {question.detail && (
              <Typography variant="body2" color="textSecondary" sx={{ mt: 1.5 }}>
                {t('missingDetail', { detail: question.detail })}
              </Typography>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{t('cancel')}</Button>
            <Button variant="contained" onClick={onSaveAsNew}>
              {t('saveAsNewSegment')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
