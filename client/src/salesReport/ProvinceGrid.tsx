import { Box, Tooltip, Typography } from '@mui/material';

/** Each province's tile on a rough map of China (column, row), so the grid reads like the country. */
const TILES: Record<string, [number, number]> = {
  黑龙江省: [7, 0], 内蒙古自治区: [4, 1], 吉林省: [7, 1],
  新疆维吾尔自治区: [0, 2], 甘肃省: [2, 2], 宁夏回族自治区: [3, 2], 山西省: [4, 2], 北京市: [5, 2], 天津市: [6, 2], 辽宁省: [7, 2],
  青海省: [1, 3], 陕西省: [3, 3], 河南省: [4, 3], 河北省: [5, 3], 山东省: [6, 3],
  西藏自治区: [0, 4], 四川省: [2, 4], 重庆市: [3, 4], 湖北省: [4, 4], 安徽省: [5, 4], 江苏省: [6, 4], 上海市: [7, 4],
  云南省: [2, 5], 贵州省: [3, 5], 湖南省: [4, 5], 江西省: [5, 5], 浙江省: [6, 5],
  广西壮族自治区: [3, 6], 广东省: [4, 6], 福建省: [5, 6],
  海南省: [4, 7],
};

const short = (name: string) => name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');

/** A heat grid of the 31 provinces: the darker, the more; a click opens the province's orders. */
export const ProvinceGrid = ({ values, format, onOpen }: { values: Map<string, number>; format(v: number): string; onOpen(province: string): void }) => {
  const max = Math.max(1, ...values.values());
  return (
    <Box data-testid="province-grid" sx={{ display: 'grid', gridTemplateColumns: 'repeat(8, 72px)', gridAutoRows: '52px', gap: '4px', p: 1 }}>
      {Object.entries(TILES).map(([province, [x, y]]) => {
        const value = values.get(province) ?? 0;
        const share = value / max;
        return (
          <Tooltip key={province} title={`${province} ${format(value)}`}>
            <Box
              onClick={() => onOpen(province)}
              sx={{
                gridColumn: x + 1, gridRow: y + 1, borderRadius: 1, cursor: 'pointer', p: 0.5,
                bgcolor: `rgba(0, 105, 92, ${0.08 + share * 0.85})`, color: share > 0.45 ? 'common.white' : 'text.primary',
                display: 'flex', flexDirection: 'column', justifyContent: 'center', alignItems: 'center',
              }}
            >
              <Typography variant="caption" sx={{ fontWeight: 600, lineHeight: 1.2 }}>{short(province)}</Typography>
              <Typography variant="caption" sx={{ fontSize: 10, lineHeight: 1.2 }}>{value ? format(value) : '—'}</Typography>
            </Box>
          </Tooltip>
        );
      })}
    </Box>
  );
};
