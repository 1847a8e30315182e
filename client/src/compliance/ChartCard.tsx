import { Box, Card, CardContent, CardHeader, Skeleton, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled card around a chart or a ranking: a skeleton while loading, a sentence when there is nothing to draw. */
export const ChartCard = ({ title, subtitle, loading, empty, height, children, testId }: {
  title: string; subtitle?: string; loading: boolean; empty?: string | false; height: number; children: ReactNode; testId: string;
}) => (
  <Card sx={{ height: '100%', minWidth: 0 }} data-testid={testId}>
    <CardHeader title={title} subheader={subtitle} slotProps={{ title: { variant: 'subtitle1' }, subheader: { variant: 'caption' } }} sx={{ pb: 0 }} />
    <CardContent sx={{ '&:last-child': { pb: 2 } }}>
      {loading ? <Skeleton variant="rounded" height={height} /> : empty ? (
        <Box sx={{ minHeight: Math.min(height, 120), display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Typography variant="body2" color="text.secondary" data-testid={`${testId}-empty`}>{empty}</Typography>
        </Box>
      ) : children}
    </CardContent>
  </Card>
);
