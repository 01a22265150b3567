/** Strings shared by every screen. */
export const common = {
  appTitle: 'Segment Editor',
  language: 'Language',
  theme: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeAuto: 'System',
  close: 'Close',
  cancel: 'Cancel',
  retry: 'Retry',
  copy: 'Copy',
  copied: 'Copied',
  download: 'Download',
  undo: 'Undo',
  redo: 'Redo',
  loading: 'Loading…',
} as const;
