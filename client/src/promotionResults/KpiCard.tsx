import { Card, CardContent, Skeleton, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One figure of the results: a label, the figure (a skeleton while loading), a line of context below. */
export const KpiCard = ({ label, value, hint, color, testId, children }: {
  label: string; value?: ReactNode; hint?: ReactNode; color?: string; testId: string; children?: ReactNode;
}) => (
  <Card sx={{ height: '100%' }} data-testid={testId}>
    <CardContent sx={{ '&:last-child': { pb: 2 } }}>
      <Typography variant="body2" color="text.secondary" noWrap>{label}</Typography>
      {value === undefined ? <Skeleton width="70%" height={40} /> : (
        <Typography variant="h5" sx={{ fontWeight: 600, my: 0.5, color, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-value`}>
          {value}
        </Typography>
      )}
      {children}
      {hint && <Typography variant="caption" color="text.secondary" component="div">{hint}</Typography>}
    </CardContent>
  </Card>
);
