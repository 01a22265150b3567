/** Strings of the request preview, the cURL snippet, the import dialog and the source editor. */
export const preview = {
  formatTabs: 'Request format',
  region: 'Request preview',
  copy: 'Copy',
  copied: 'Copied to the clipboard',
  copyFailed: 'Could not copy: select the text and copy it by hand',
  download: 'Download',
  lineCount: 'Lines: {{count}}',
  problems: 'Problems to fix before the API accepts this request: {{count}}',
  moreProblems: 'More problems not shown: {{count}}',
  tokenMasked: 'The API token is hidden.',
  curlTitle: 'cURL command',
  curlRegion: 'cURL command',
  curlHint: 'Set ALTCRAFT_URL and ALTCRAFT_TOKEN in your shell first; the command reads the token from there.',
  copyCommand: 'Copy command',
} as const;
