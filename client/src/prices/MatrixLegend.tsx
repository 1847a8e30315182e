import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { matrixCellStyles } from './matrixTheme';

/** Each colour and marker of the grid, drawn with the very classes the cells use. */
const ITEMS: { key: string; sample: 'cell' | 'dot' | 'clock'; className?: string }[] = [
  { key: 'pending', sample: 'dot' },
  { key: 'scheduled', sample: 'clock' },
  { key: 'below', sample: 'cell', className: 'rx-below' },
  { key: 'draft', sample: 'cell', className: 'rx-draft' },
  { key: 'error', sample: 'cell', className: 'rx-error' },
  { key: 'parity', sample: 'cell', className: 'rx-parity-row rx-parity' },
  { key: 'forbidden', sample: 'cell', className: 'rx-forbidden' },
  { key: 'policy_pending', sample: 'cell', className: 'rx-policy-pending' },
];

const CLOCK = 'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2M12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8m.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z';

export const MatrixLegend = () => {
  const translate = useTranslate();
  return (
    <Box
      data-testid="matrix-legend"
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 0.5, pb: 1, ...matrixCellStyles } as object}
    >
      {ITEMS.map(({ key, sample, className }) => (
        <Box key={key} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          {sample === 'dot' && <span className="rx-pending" style={{ display: 'inline-block' }} />}
          {sample === 'clock' && (
            <svg className="rx-scheduled" viewBox="0 0 24 24" aria-hidden="true"><path d={CLOCK} /></svg>
          )}
          {sample === 'cell' && (
            <Box component="span" className={className} sx={{ display: 'inline-block', width: 28, height: 16, border: '1px solid', borderColor: 'divider', borderRadius: 0.5 }} />
          )}
          <Typography variant="caption" color="text.secondary">{translate(`rx.pricing.legend.${key}`)}</Typography>
        </Box>
      ))}
    </Box>
  );
};
