import type { KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';

export type View = 'rules' | 'preview';

const views: readonly View[] = ['rules', 'preview'];

const tab = {
  typography: 'button',
  lineHeight: 1.25,
  flex: '1 1 0',
  minWidth: 90,
  minHeight: 48,
  px: 2,
  py: 1.5,
  overflow: 'hidden',
  textAlign: 'center',
  color: 'text.secondary',
  '&[aria-selected="true"]': { color: 'primary.main' },
} as const;

/**
 * "Rules" and "Preview" of the narrow layout: two full-width tabs with the look and keyboard of
 * MUI's Tabs (arrows and Home/End move the focus, Enter or Space selects), for a fraction of their
 * code: the scroll buttons and measuring of MUI's Tabs are of no use for two equal tabs.
 */
export function ViewTabs({
  value,
  onChange,
  label,
  labels,
}: {
  value: View;
  onChange: (view: View) => void;
  label: string;
  labels: Record<View, string>;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]'));
    const current = tabs.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    const step = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 }[
      event.key
    ];
    if (step === undefined) return;
    event.preventDefault();
    tabs[(step + tabs.length) % tabs.length]?.focus();
  };
  return (
    <Box
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      sx={{ position: 'relative', display: 'flex', minHeight: 48, mb: 2 }}
    >
      {views.map((view) => (
        <ButtonBase
          key={view}
          role="tab"
          id={`view-tab-${view}`}
          aria-controls={`view-panel-${view}`}
          aria-selected={value === view}
          tabIndex={value === view ? 0 : -1}
          onClick={() => onChange(view)}
          sx={tab}
        >
          {labels[view]}
        </ButtonBase>
      ))}
      <Box
        component="span"
        sx={{
          position: 'absolute',
          bottom: 0,
          height: 2,
          width: `${100 / views.length}%`,
          left: `${(100 / views.length) * views.indexOf(value)}%`,
          bgcolor: 'primary.main',
          transition: (theme) => theme.transitions.create('left'),
        }}
      />
    </Box>
  );
}
