import { Box, Tab, Tabs, Typography } from '@mui/material';
import { Title, useStore, useTranslate } from 'react-admin';
import { BelowControlList } from './BelowControlList';
import { ParityList } from './ParityList';
import { RealizationList } from './RealizationList';

type ReportTab = 'below_control' | 'parity' | 'realization';

/** Managers hunting a price problem: what is below control and which products break parity, now. */
const PriceReportPage = () => {
  const translate = useTranslate();
  const [tab, setTab] = useStore<ReportTab>('rx.report.tab', 'below_control');
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('rx.report.title')} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('rx.report.intro')}</Typography>
      <Tabs value={tab} onChange={(_, next: ReportTab) => setTab(next)}>
        <Tab value="below_control" label={translate('rx.report.tabs.below_control')} data-testid="report-tab-below_control" />
        <Tab value="parity" label={translate('rx.report.tabs.parity')} data-testid="report-tab-parity" />
        <Tab value="realization" label={translate('rx.report.tabs.realization')} data-testid="report-tab-realization" />
      </Tabs>
      {tab === 'below_control' ? <BelowControlList /> : tab === 'parity' ? <ParityList /> : <RealizationList />}
    </Box>
  );
};

export default PriceReportPage;
