import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, CircularProgress, GlobalStyles, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Title, useCreatePath, useGetIdentity, useTranslate } from 'react-admin';
import { BiParagraph, doc } from './Bi';
import { FindingsSection } from './FindingsSection';
import { ObservationsSection } from './ObservationsSection';
import { SellerSection } from './SellerSection';
import { wallClock, zoneName } from './format';
import type { EvidencePackage } from './types';

/** Printing shows the document alone: no app bar, no menu, no buttons. */
const printStyles = (
  <GlobalStyles styles={{
    '@media print': {
      '.MuiAppBar-root, .MuiDrawer-root, .rx-no-print': { display: 'none !important' },
      '.RaLayout-appFrame': { marginTop: '0 !important' },
      '.RaLayout-content': { padding: '0 !important' },
      'body, .RaLayout-root, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content': { background: '#fff !important' },
      '.rx-package': { boxShadow: 'none !important', border: 'none !important', padding: '0 !important', maxWidth: 'none !important' },
      '@page': { size: 'A4', margin: '14mm' },
    },
  }} />
);

async function fetchPackage(id: string): Promise<EvidencePackage> {
  const res = await fetch(`/api/sellers/${encodeURIComponent(id)}/evidence-package`, { credentials: 'include', headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(res.statusText);
  return res.json();
}

/** A seller's evidence package: a bilingual document (Chinese, then English) to print and hand to a platform. */
const EvidencePackagePage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { identity } = useGetIdentity();
  const { data: pkg, error } = useQuery({ queryKey: ['evidence-package', id], queryFn: () => fetchPackage(id) });
  const company = pkg?.company ?? (identity?.organization as { name?: string } | undefined)?.name ?? '';
  const t = (key: string) => translate(`rx.evidencePackage.${key}`);
  const title = doc('title');
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      {printStyles}
      <Title title={pkg ? translate('rx.evidencePackage.page_title', { name: pkg.seller.name }) : t('title')} />
      <Stack direction="row" spacing={1} alignItems="center" className="rx-no-print" sx={{ mb: 2, flexWrap: 'wrap' }} useFlexGap>
        <Button component={Link} to={createPath({ resource: 'sellers', id, type: 'show' })} startIcon={<ArrowBackIcon />}>{t('back')}</Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} disabled={!pkg} data-testid="package-print">{t('print')}</Button>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 280 }}>{t('bilingual')}</Typography>
      </Stack>
      {error && <Alert severity="error" className="rx-no-print">{t('failed')}</Alert>}
      {!pkg && !error && <CircularProgress />}
      {pkg && (
        <Paper className="rx-package" variant="outlined" sx={{ p: { xs: 2, md: 4 }, maxWidth: 1100, bgcolor: '#fff', color: '#000' }} data-testid="evidence-package">
          <Stack direction="row" justifyContent="space-between" alignItems="flex-start" spacing={2}>
            <Box>
              <Typography variant="h4" component="h1" lang="zh-CN" sx={{ fontWeight: 700 }}>{title.zh}</Typography>
              <Typography variant="h5" component="p" lang="en" color="text.secondary">{title.en}</Typography>
            </Box>
            <Box sx={{ textAlign: 'right' }}>
              {company && <BiParagraph k="prepared_by" options={{ company }} />}
              <Typography variant="body2">
                <span lang="zh-CN">{doc('generated_at').zh}</span>
                {' · '}
                <span lang="en">{doc('generated_at').en}</span>
                {`: ${wallClock(pkg.generated_at, pkg.time_zone)}`}
              </Typography>
            </Box>
          </Stack>
          <Box sx={{ mt: 2 }}>
            <BiParagraph k="intro" />
            <BiParagraph k="times_in" options={{ zone: zoneName(pkg.time_zone, pkg.generated_at) }} />
          </Box>
          <SellerSection pkg={pkg} company={company} />
          <ObservationsSection pkg={pkg} />
          <FindingsSection pkg={pkg} />
          <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 4, textAlign: 'center' }}>
            {`${doc('end').zh} · ${doc('end').en}`}
          </Typography>
        </Paper>
      )}
    </Box>
  );
};

export default EvidencePackagePage;
