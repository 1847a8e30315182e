import { Card, CardActionArea, CardContent, Skeleton, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** One figure of the compliance page: label, value (a skeleton while loading), a line of context; a click opens what is behind it. */
export const FigureCard = ({ label, value, hint, to, color, testId }: {
  label: string; value?: ReactNode; hint?: ReactNode; to: string; color?: string; testId: string;
}) => (
  <Card sx={{ height: '100%' }} data-testid={testId}>
    <CardActionArea component={Link} to={to} sx={{ height: '100%', alignItems: 'flex-start', display: 'flex' }}>
      <CardContent sx={{ width: '100%', '&:last-child': { pb: 2 } }}>
        <Typography variant="body2" color="text.secondary" noWrap>{label}</Typography>
        {value === undefined ? <Skeleton width="60%" height={40} /> : (
          <Typography variant="h5" sx={{ fontWeight: 600, my: 0.5, color, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-value`}>
            {value}
          </Typography>
        )}
        {hint && <Typography variant="caption" color="text.secondary" component="div">{hint}</Typography>}
      </CardContent>
    </CardActionArea>
  </Card>
);
