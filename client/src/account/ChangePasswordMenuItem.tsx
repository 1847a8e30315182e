import LockResetIcon from '@mui/icons-material/LockReset';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { Link } from 'react-router-dom';
import { useTranslate, useUserMenu } from 'react-admin';

export const CHANGE_PASSWORD_PATH = '/account/password';

/** "Change password" in the user menu, for every role. */
export const ChangePasswordMenuItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={CHANGE_PASSWORD_PATH} ref={ref} {...props} onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText primary={translate('rx.account.change_password')} />
    </MenuItem>
  );
});
ChangePasswordMenuItem.displayName = 'ChangePasswordMenuItem';
