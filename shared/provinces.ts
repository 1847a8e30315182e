/**
 * The 31 provincial-level divisions of mainland China by their official full names, as orders are
 * stored and reported. Staff and platforms write them short (广东, 北京, 内蒙古, 广西), with or
 * without the suffix, or in pinyin; `normalizeProvince` maps all of these to the official name.
 */
export const PROVINCES = [
  '北京市', '天津市', '河北省', '山西省', '内蒙古自治区',
  '辽宁省', '吉林省', '黑龙江省',
  '上海市', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省',
  '河南省', '湖北省', '湖南省', '广东省', '广西壮族自治区', '海南省',
  '重庆市', '四川省', '贵州省', '云南省', '西藏自治区',
  '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区',
] as const;
export type Province = (typeof PROVINCES)[number];

/** English and pinyin names platforms export (Shaanxi and Shanxi differ by one letter). */
const LATIN: Record<string, Province> = {
  beijing: '北京市', tianjin: '天津市', hebei: '河北省', shanxi: '山西省', 'inner mongolia': '内蒙古自治区', neimenggu: '内蒙古自治区',
  liaoning: '辽宁省', jilin: '吉林省', heilongjiang: '黑龙江省',
  shanghai: '上海市', jiangsu: '江苏省', zhejiang: '浙江省', anhui: '安徽省', fujian: '福建省', jiangxi: '江西省', shandong: '山东省',
  henan: '河南省', hubei: '湖北省', hunan: '湖南省', guangdong: '广东省', guangxi: '广西壮族自治区', hainan: '海南省',
  chongqing: '重庆市', sichuan: '四川省', guizhou: '贵州省', yunnan: '云南省', tibet: '西藏自治区', xizang: '西藏自治区',
  shaanxi: '陕西省', gansu: '甘肃省', qinghai: '青海省', ningxia: '宁夏回族自治区', xinjiang: '新疆维吾尔自治区',
};

/** The short name staff write: 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 黑龙江省 → 黑龙江. */
const shortName = (official: string) => official.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');

const BY_NAME = new Map<string, Province>();
for (const official of PROVINCES) {
  BY_NAME.set(official, official);
  BY_NAME.set(shortName(official), official);
}
BY_NAME.set('内蒙', '内蒙古自治区');
BY_NAME.set('广西自治区', '广西壮族自治区');
BY_NAME.set('宁夏自治区', '宁夏回族自治区');
BY_NAME.set('新疆自治区', '新疆维吾尔自治区');

/**
 * The official name of a province written any common way ("广东", "广东省", " guangdong "), or null
 * when it names none (the caller reports a row error). Spaces, full-width spaces and a trailing
 * province/city suffix are tolerated; a city name is not a province.
 */
export function normalizeProvince(text: string | null | undefined): Province | null {
  if (typeof text !== 'string') return null;
  const cleaned = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!cleaned) return null;
  const chinese = BY_NAME.get(cleaned.replace(/\s/g, ''));
  if (chinese) return chinese;
  const latin = cleaned.toLowerCase().replace(/\s+(province|city|sheng|shi)$/, '');
  return LATIN[latin] ?? null;
}
