import { useMemo } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SegmentRequest, WireFormat } from '../segment';
import { CodeView } from './code-view';
import { CopyButton } from '../ui/copy-button';
import { buildCurl } from './curl';

export interface CurlSnippetProps {
  request: SegmentRequest;
  format: WireFormat;
  /** The editor's API base; a relative one is shown after `$ALTCRAFT_URL`. */
  apiBase?: string;
  listHeight?: number;
}

/** The request as a cURL command that takes the token from `$ALTCRAFT_TOKEN`. */
export function CurlSnippet({ request, format, apiBase, listHeight = 240 }: CurlSnippetProps) {
  const { t } = useTranslation('preview');
  const command = useMemo(() => buildCurl(request, format, apiBase), [request, format, apiBase]);
  const lines = useMemo(() => command.replace(/\n$/, '').split('\n'), [command]);
  return (
    <Box sx={{ minWidth: 0 }}>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, mb: 0.5 }}>
        <Typography variant="subtitle2" component="h3" sx={{ flexGrow: 1 }}>
          {t('curlTitle')}
        </Typography>
        <CopyButton text={command} label={t('copyCommand')} />
      </Stack>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
        {t('curlHint')}
      </Typography>
      <CodeView
        lines={lines}
        format={format}
        marked={[]}
        label={t('curlRegion')}
        height={listHeight}
      />
    </Box>
  );
}
