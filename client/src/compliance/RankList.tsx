import { Box, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useIntlLocale } from '../common/useIntlLocale';

export interface RankItem { key: number; primary: string; secondary?: string; value: number; to: string }

/** A ranking with an inline bar per row (its length against the first row's), each row opening what it counts. */
export const RankList = ({ items, color = '#c62828', testId }: { items: RankItem[]; color?: string; testId: string }) => {
  const locale = useIntlLocale();
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <Stack spacing={0.25} data-testid={testId}>
      {items.map((item, i) => (
        <Box key={item.key} component={Link} to={item.to} data-testid={`${testId}-row`}
          sx={{ display: 'grid', gridTemplateColumns: '20px minmax(0, 1fr) 96px 32px', alignItems: 'center', gap: 1, px: 0.75, mx: -0.75, py: 0.5, borderRadius: 1, color: 'inherit', textDecoration: 'none', '&:hover, &:focus-visible': { bgcolor: 'action.hover' } }}>
          <Typography variant="body2" color="text.secondary">{i + 1}</Typography>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" noWrap title={item.primary}>{item.primary}</Typography>
            {item.secondary && <Typography variant="caption" color="text.secondary" noWrap component="div" title={item.secondary}>{item.secondary}</Typography>}
          </Box>
          <Box sx={{ height: 8, borderRadius: 1, bgcolor: 'action.hover', overflow: 'hidden' }}>
            <Box sx={{ height: '100%', width: `${(item.value / max) * 100}%`, bgcolor: color, borderRadius: 1 }} />
          </Box>
          <Typography variant="body2" sx={{ fontWeight: 600, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{item.value.toLocaleString(locale)}</Typography>
        </Box>
      ))}
    </Stack>
  );
};
