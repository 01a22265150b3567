import { useEffect, useRef } from 'react';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSegment } from '../api';

export interface AudienceSizeProps {
  /** The segment the editor loaded or last saved. */
  segmentId: number;
  /** A save under way: when it ends, the count is asked for again. */
  saving: boolean;
}

/**
 * The loaded segment's name as the server has it and its audience size (`count` of segments/get):
 * "Frequent visitors · 2,340 profiles at the last count". Asked for again after each save.
 */
export function AudienceSize({ segmentId, saving }: AudienceSizeProps) {
  const { t } = useTranslation('app');
  const query = useSegment(segmentId);
  const { refetch } = query;
  const wasSaving = useRef(saving);
  useEffect(() => {
    if (wasSaving.current && !saving) void refetch();
    wasSaving.current = saving;
  }, [saving, refetch]);
  const info = query.data;
  if (!info) return null;
  const audience = info.count === undefined ? '' : ` · ${t('audience', { count: info.count })}`;
  return (
    <Typography
      variant="body2"
      color="textSecondary"
      noWrap
      title={info.name + audience}
      sx={{ minWidth: 0 }}
    >
      <span>{info.name}</span>
      {audience && <span>{audience}</span>}
    </Typography>
  );
}
