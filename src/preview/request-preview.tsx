import { useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { Box, Button, Stack, Tab, Tabs, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslation } from 'react-i18next';
import {
  createRequestSerializer,
  type CodecIssue,
  type SegmentRequest,
  type WireFormat,
} from '../segment';
import { CodeView, type CodeViewHandle } from './code-view';
import { CopyButton } from '../ui/copy-button';
import { downloadName, downloadText } from '../ui/download';
import { maskToken } from './mask';
import { markedLines } from './line-paths';
import { IssueList } from './issue-list';

export interface RequestPreviewProps {
  request: SegmentRequest;
  issues: readonly CodecIssue[];
  format: WireFormat;
  onFormatChange: (format: WireFormat) => void;
  /** Maximum height of the code block in pixels (it scrolls inside). */
  listHeight?: number;
}

const formats: readonly WireFormat[] = ['json', 'xml'];

/**
 * The Update segment request as the codecs write it, in JSON or XML, with the token masked. Pass a
 * deferred request (`useDeferredValue`): serializing is linear in the changed groups (unchanged ones
 * keep their text), drawing is not (only the visible lines are rendered).
 */
export function RequestPreview({
  request,
  issues,
  format,
  onFormatChange,
  listHeight = 480,
}: RequestPreviewProps) {
  const { t } = useTranslation('preview');
  // Keeps each group's text: the editor's requests share the groups a keystroke did not change.
  const [serialize] = useState(createRequestSerializer);
  const text = useMemo(() => serialize(maskToken(request), format), [serialize, request, format]);
  const lines = useMemo(() => text.replace(/\n$/, '').split('\n'), [text]);
  const marked = useMemo(() => markedLines(lines, format, issues), [lines, format, issues]);

  const code = useRef<CodeViewHandle>(null);
  const onTab = (_event: SyntheticEvent, value: WireFormat) => onFormatChange(value);
  const onDownload = () => downloadText(text, downloadName(request.id, format), format);

  return (
    <Box sx={{ minWidth: 0 }}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, rowGap: 0.5, mb: 1 }}
      >
        <Tabs
          value={format}
          onChange={onTab}
          aria-label={t('formatTabs')}
          sx={{ minHeight: 40, flexGrow: 1 }}
        >
          {formats.map((f) => (
            <Tab
              key={f}
              value={f}
              label={f.toUpperCase()}
              id={`preview-tab-${f}`}
              aria-controls="preview-panel"
              sx={{ minHeight: 40, minWidth: 72 }}
            />
          ))}
        </Tabs>
        <CopyButton text={text} />
        <Button size="small" startIcon={<DownloadIcon />} onClick={onDownload}>
          {t('download')}
        </Button>
      </Stack>
      <Box role="tabpanel" id="preview-panel" aria-labelledby={`preview-tab-${format}`}>
        <CodeView
          ref={code}
          lines={lines}
          format={format}
          marked={marked}
          label={t('region')}
          height={listHeight}
        />
        <Typography variant="caption" color="textSecondary" component="p" sx={{ mt: 0.5 }}>
          {t('lineCount', { count: lines.length })}
          {request.token !== undefined ? ` · ${t('tokenMasked')}` : ''}
        </Typography>
        {issues.length > 0 && (
          <IssueList
            issues={issues}
            request={request}
            ranges={marked}
            onShowLine={(line) => code.current?.showLine(line)}
          />
        )}
      </Box>
    </Box>
  );
}
