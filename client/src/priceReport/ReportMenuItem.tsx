import RuleIcon from '@mui/icons-material/RuleOutlined';
import { Menu, useTranslate } from 'react-admin';

export const PRICE_REPORT_PATH = '/price-report';

/** Menu entry for the compliance report (everyone who reads prices may read it). */
export const ReportMenuItem = () => {
  const translate = useTranslate();
  return <Menu.Item to={PRICE_REPORT_PATH} primaryText={translate('rx.report.menu')} leftIcon={<RuleIcon />} />;
};
