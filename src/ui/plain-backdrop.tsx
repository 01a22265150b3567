import type { KeyboardEventHandler, MouseEventHandler, ReactNode } from 'react';
import Box from '@mui/material/Box';
import { keyframes } from '@mui/material/styles';

// MUI's Backdrop fading in (its Fade: opacity over 225 ms, easeInOut).
const fadeIn = keyframes({ from: { opacity: 0 }, to: { opacity: 1 } });

export interface PlainBackdropProps {
  children: ReactNode;
  onClick?: MouseEventHandler<HTMLDivElement>;
  onKeyDown?: KeyboardEventHandler<HTMLDivElement>;
}

/**
 * What stands in for a dialog while its code loads or when it cannot: the look of an open MUI
 * `<Backdrop>` (dimmed page, content centred, fading in), without Backdrop and Fade in the first
 * screen's script.
 */
export function PlainBackdrop({ children, onClick, onKeyDown }: PlainBackdropProps) {
  return (
    <Box
      onClick={onClick}
      onKeyDown={onKeyDown}
      sx={{
        position: 'fixed',
        inset: 0,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        backgroundColor: 'rgba(0, 0, 0, 0.5)',
        WebkitTapHighlightColor: 'transparent',
        // A dialog's layer: above the fields' floating labels (z-index 1), which showed through
        // MUI's Backdrop while a dialog loaded.
        zIndex: (theme) => theme.zIndex.modal,
        p: 2,
        animation: (theme) =>
          `${fadeIn} ${theme.transitions.duration.enteringScreen}ms ${theme.transitions.easing.easeInOut}`,
      }}
    >
      {children}
    </Box>
  );
}
