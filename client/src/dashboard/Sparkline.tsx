import { Box, Tooltip, Typography } from '@mui/material';

/**
 * A 30-day revenue line drawn as plain SVG: the landing page stays inside the first-screen budget
 * (the report page loads the charting library when opened). Each day is a hover target.
 */
export const Sparkline = ({ points, format }: { points: { day: string; amount: number }[]; format(v: number): string }) => {
  const width = 600;
  const height = 160;
  const max = Math.max(1, ...points.map((p) => p.amount));
  const x = (i: number) => (points.length > 1 ? (i / (points.length - 1)) * width : width / 2);
  const y = (v: number) => height - 8 - (v / max) * (height - 24);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.amount).toFixed(1)}`).join(' ');
  const area = `${path} L${x(points.length - 1)},${height} L0,${height} Z`;
  return (
    <Box>
      <Box component="svg" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" sx={{ width: '100%', height: 180, display: 'block' }} data-testid="sparkline">
        <path d={area} fill="rgba(0, 105, 92, 0.12)" />
        <path d={path} fill="none" stroke="#00695c" strokeWidth={2} vectorEffect="non-scaling-stroke" className="rx-trend-line" />
        {points.map((p, i) => (
          <Tooltip key={p.day} title={`${p.day} ${format(p.amount)}`} placement="top">
            <rect x={x(i) - width / points.length / 2} y={0} width={width / points.length} height={height} fill="transparent" />
          </Tooltip>
        ))}
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
        <Typography variant="caption" color="text.secondary">{points[0]?.day}</Typography>
        <Typography variant="caption" color="text.secondary">{format(max)}</Typography>
        <Typography variant="caption" color="text.secondary">{points[points.length - 1]?.day}</Typography>
      </Box>
    </Box>
  );
};

/** Shares of a whole as one stacked bar with a legend (online vs offline). */
export const ShareBar = ({ parts, format }: { parts: { name: string; value: number; color: string }[]; format(v: number): string }) => {
  const sum = parts.reduce((s, p) => s + p.value, 0) || 1;
  return (
    <Box data-testid="share-bar">
      <Box sx={{ display: 'flex', height: 18, borderRadius: 1, overflow: 'hidden', my: 1 }}>
        {parts.map((p) => <Box key={p.name} sx={{ width: `${(p.value / sum) * 100}%`, bgcolor: p.color }} />)}
      </Box>
      {parts.map((p) => (
        <Box key={p.name} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Box sx={{ width: 10, height: 10, borderRadius: '2px', bgcolor: p.color }} />
          <Typography variant="body2" sx={{ flex: 1 }}>{p.name}</Typography>
          <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>{Math.round((p.value / sum) * 100)}% · {format(p.value)}</Typography>
        </Box>
      ))}
    </Box>
  );
};
