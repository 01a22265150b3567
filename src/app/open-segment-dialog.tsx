import { useDeferredValue, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApiErrorMessage, useDatabases, useSegmentList, type SegmentListItem } from '../api';
import { kindOf } from '../segment';
import { segmentUrl } from './navigation';

export interface OpenSegmentButtonProps {
  currentId: number | undefined;
  /** Whether the editor holds unsaved changes (asked at the moment of leaving). */
  isDirty: () => boolean;
  /** Called just before the page goes to the chosen segment (the person has confirmed). */
  onLeave: () => void;
}

/** What tells a segment from others of the same name: ID, kind (when the list says), database, audience. */
function useDescribeItem(currentId: number | undefined): (item: SegmentListItem) => string {
  const { t } = useTranslation('app');
  const { t: editorText } = useTranslation('editor');
  const databases = useDatabases();
  return (item) => {
    const parts: string[] = [t('openItemId', { id: item.id })];
    if (typeof item.is_static === 'boolean') {
      const refresh =
        typeof item.is_refresh_daily === 'boolean' ? item.is_refresh_daily : undefined;
      parts.push(
        editorText(
          `settings.kinds.${kindOf({ is_static: item.is_static, is_refresh_daily: refresh })}`,
        ),
      );
    }
    if (typeof item.list_id === 'number') {
      const database = databases.data?.items.find((d) => d.id === item.list_id);
      parts.push(
        database
          ? t('openItemDatabase', { name: database.name })
          : t('openItemDatabaseId', { id: item.list_id }),
      );
    }
    if (item.count !== undefined) parts.push(t('audience', { count: item.count }));
    if (item.id === currentId) parts.push(t('openCurrent'));
    return parts.join(' · ');
  };
}

/** The segments, filtered by name or ID; a typed ID that is not listed can be opened too. */
function SegmentChooser({
  currentId,
  onPick,
}: {
  currentId: number | undefined;
  onPick: (id: number) => void;
}) {
  const { t } = useTranslation('app');
  const errorMessage = useApiErrorMessage();
  const list = useSegmentList();
  const describe = useDescribeItem(currentId);
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim().toLowerCase());
  const items = (list.data?.items ?? []).filter(
    (item) => query === '' || item.name.toLowerCase().includes(query) || String(item.id) === query,
  );
  const typedId = /^\d+$/.test(query) && Number(query) > 0 ? Number(query) : undefined;
  return (
    <Stack spacing={1.5} sx={{ pt: 0.5 }}>
      <TextField
        id="open-segment-filter"
        label={t('openFilter')}
        size="small"
        autoFocus
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
      />
      {list.isPending && (
        <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
          <CircularProgress size={18} aria-hidden />
          <Typography variant="body2">{t('openLoading')}</Typography>
        </Stack>
      )}
      {list.isError && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void list.refetch()}>
              {t('retry')}
            </Button>
          }
        >
          {errorMessage(list.error)}
        </Alert>
      )}
      <List
        dense
        aria-label={t('openList')}
        sx={{
          maxHeight: 360,
          overflow: 'auto',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          py: 0,
        }}
      >
        {typedId !== undefined && !items.some((item) => item.id === typedId) && (
          <ListItemButton onClick={() => onPick(typedId)}>
            <ListItemText primary={t('openById', { id: typedId })} />
          </ListItemButton>
        )}
        {items.map((item) => (
          <ListItemButton
            key={item.id}
            onClick={() => onPick(item.id)}
            selected={item.id === currentId}
          >
            <ListItemText
              primary={item.name}
              secondary={describe(item)}
              slotProps={{ primary: { noWrap: true } }}
            />
          </ListItemButton>
        ))}
        {list.isSuccess && items.length === 0 && typedId === undefined && (
          <Typography variant="body2" color="textSecondary" sx={{ p: 1.5 }}>
            {t('openNone')}
          </Typography>
        )}
      </List>
    </Stack>
  );
}

/** "Open segment": pick another segment to edit; asks first when there are unsaved changes. */
export function OpenSegmentDialog({
  open,
  onClose,
  currentId,
  isDirty,
  onLeave,
}: OpenSegmentButtonProps & { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('app');
  const [leaving, setLeaving] = useState<number | null>(null);
  const go = (id: number) => {
    onLeave();
    window.location.assign(segmentUrl(id));
  };
  const close = () => {
    onClose();
    setLeaving(null);
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      maxWidth="sm"
      fullWidth
      aria-labelledby="open-segment-title"
    >
      <DialogTitle id="open-segment-title">
        {leaving === null ? t('openTitle') : t('unsavedTitle')}
      </DialogTitle>
      <DialogContent>
        {leaving === null ? (
          open && (
            <SegmentChooser
              currentId={currentId}
              onPick={(id) => (isDirty() ? setLeaving(id) : go(id))}
            />
          )
        ) : (
          <DialogContentText>{t('unsavedText')}</DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        {leaving === null ? (
          <Button onClick={close}>{t('cancel')}</Button>
        ) : (
          <>
            <Button onClick={() => setLeaving(null)}>{t('stay')}</Button>
            <Button variant="contained" color="warning" onClick={() => go(leaving)}>
              {t('openAnyway', { id: leaving })}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
