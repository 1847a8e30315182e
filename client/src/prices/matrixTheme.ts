import { themeQuartz } from 'ag-grid-community';
import type { SxProps, Theme } from '@mui/material';

export const matrixTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 13,
  rowHeight: 34,
  headerHeight: 36,
  spacing: 6,
  wrapperBorderRadius: 4,
  accentColor: '#1976d2',
});

/** Cell states of the matrix (classes set by matrixColumns' cellClassRules and PriceCell). */
export const matrixCellStyles: SxProps<Theme> = {
  '& .rx-price': { display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: '4px', width: '100%' },
  '& .rx-pending': { width: 8, height: 8, borderRadius: '50%', bgcolor: 'warning.main', flex: 'none' },
  '& .rx-scheduled': { width: 14, height: 14, fill: (t) => t.palette.info.main, flex: 'none' },
  '& .rx-history': {
    visibility: 'hidden', border: 0, background: 'none', p: 0, m: 0, cursor: 'pointer', color: 'text.secondary',
    display: 'inline-flex', flex: 'none', '&:hover': { color: 'primary.main' },
  },
  '& .ag-cell:hover .rx-history, & .ag-cell-focus .rx-history': { visibility: 'visible' },
  '& .rx-history-icon': { width: 15, height: 15, fill: 'currentColor' },
  '& .rx-below': { bgcolor: '#fdecea', color: 'error.dark', fontWeight: 600 },
  '& .rx-draft': { bgcolor: '#e3f2fd', fontWeight: 600, color: 'primary.dark' },
  '& .rx-draft.rx-below': { bgcolor: '#fbe0f0' },
  '& .rx-error': { boxShadow: (t) => `inset 0 0 0 2px ${t.palette.error.main}` },
  '& .rx-forbidden': {
    cursor: 'not-allowed',
    background: 'repeating-linear-gradient(135deg, #f4f4f4, #f4f4f4 6px, #ebebeb 6px, #ebebeb 12px)',
  },
  '& .rx-parity-row': { bgcolor: '#fff8e1' },
  '& .rx-parity': { boxShadow: 'inset 4px 0 0 #ffa000' },
  '& .rx-policy-pending': { boxShadow: 'inset 0 -3px 0 #ef6c00', fontStyle: 'italic' },
  '& .ag-cell.rx-range': { bgcolor: 'rgba(25, 118, 210, 0.16)' },
  '& .ag-tooltip': { whiteSpace: 'pre-line' },
  // A scrollbar staff can see and grab (overlay scrollbars hide that more channels lie to the right).
  '& .ag-body-horizontal-scroll-viewport': { scrollbarWidth: 'auto', scrollbarColor: '#9e9e9e #eeeeee' },
  '& .ag-body-horizontal-scroll': { borderTop: '1px solid', borderColor: 'divider' },
};
