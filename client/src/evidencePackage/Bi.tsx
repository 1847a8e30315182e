import { Box, Typography, type TypographyProps } from '@mui/material';
import { bilingual, type BiText } from './bilingual';

const doc = (key: string, options?: Record<string, unknown>) => bilingual(`rx.evidencePackage.doc.${key}`, options);

/** A label in Chinese with its English under it (table headers, field names). */
export const BiLabel = ({ k, text, options }: { k?: string; text?: BiText; options?: Record<string, unknown> }) => {
  const { zh, en } = text ?? doc(k!, options);
  return (
    <>
      <Box component="span" lang="zh-CN" sx={{ display: 'block' }}>{zh}</Box>
      <Box component="span" lang="en" sx={{ display: 'block', fontSize: '0.85em', color: 'text.secondary', fontWeight: 400 }}>{en}</Box>
    </>
  );
};

/** A value in both languages on one line: 未授权 · Not authorised. */
export const BiInline = ({ text }: { text: BiText }) => (
  <>
    <span lang="zh-CN">{text.zh}</span>
    {text.en !== text.zh && <Box component="span" lang="en" sx={{ color: 'text.secondary' }}>{` · ${text.en}`}</Box>}
  </>
);

/** A paragraph in Chinese, then the same in English. */
export const BiParagraph = ({ k, options, variant = 'body2' }: { k: string; options?: Record<string, unknown>; variant?: TypographyProps['variant'] }) => {
  const { zh, en } = doc(k, options);
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant={variant} lang="zh-CN">{zh}</Typography>
      <Typography variant={variant} lang="en" color="text.secondary">{en}</Typography>
    </Box>
  );
};

/** A section heading: 价格记录 Prices observed. */
export const BiHeading = ({ k }: { k: string }) => {
  const { zh, en } = doc(k);
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1, pb: 0.5, borderBottom: 2, borderColor: 'divider', breakAfter: 'avoid' }}>
      <span lang="zh-CN">{zh}</span>
      <Box component="span" lang="en" sx={{ ml: 1.5, fontWeight: 400, color: 'text.secondary', fontSize: '0.85em' }}>{en}</Box>
    </Typography>
  );
};

export { doc };
