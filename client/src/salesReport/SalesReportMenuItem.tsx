import InsightsIcon from '@mui/icons-material/InsightsOutlined';
import { Menu, useTranslate } from 'react-admin';
import { SALES_REPORT_PATH } from './reportPath';

/** Menu entry for the sales report (every role reads reports). */
export const SalesReportMenuItem = () => {
  const translate = useTranslate();
  return <Menu.Item to={SALES_REPORT_PATH} primaryText={translate('rx.salesReport.title')} leftIcon={<InsightsIcon />} />;
};
