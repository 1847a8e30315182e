import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import { Menu, useTranslate } from 'react-admin';

export const SETTINGS_PATH = '/settings';

/** Menu entry for the company settings (everyone reads them; admins edit). */
export const SettingsMenuItem = () => {
  const translate = useTranslate();
  return <Menu.Item to={SETTINGS_PATH} primaryText={translate('rx.settings.menu')} leftIcon={<SettingsIcon />} />;
};
