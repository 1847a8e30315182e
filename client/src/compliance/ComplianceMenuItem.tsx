import InsightsIcon from '@mui/icons-material/InsightsOutlined';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { COMPLIANCE_PATH } from './drill';

/** Menu entry for the compliance overview, for roles that may list violations. */
export const ComplianceMenuItem = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'violations', action: 'list' });
  if (!canAccess) return null;
  return <Menu.Item to={COMPLIANCE_PATH} primaryText={translate('rx.compliance.page')} leftIcon={<InsightsIcon />} />;
};
