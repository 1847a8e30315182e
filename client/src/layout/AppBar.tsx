import ApartmentIcon from '@mui/icons-material/Apartment';
import BadgeIcon from '@mui/icons-material/BadgeOutlined';
import { Chip, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { AppBar, Logout, TitlePortal, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { ChangePasswordMenuItem } from '../account';
import { NotificationBell } from '../notifications';

const Brand = () => (
  <Typography
    variant="h6"
    component="span"
    sx={{ fontWeight: 700, letterSpacing: 0.3, mr: 2, display: { xs: 'none', sm: 'inline' } }}
  >
    RxChannel
  </Typography>
);

const Organization = () => {
  const { identity } = useGetIdentity();
  const name = identity?.organization?.name;
  if (!name) return null;
  return (
    <Chip
      icon={<ApartmentIcon />}
      label={name}
      size="small"
      data-testid="organization-name"
      sx={{ mx: 1, color: 'inherit', bgcolor: 'rgba(255,255,255,0.15)', '& .MuiChip-icon': { color: 'inherit' }, display: { xs: 'none', md: 'flex' } }}
    />
  );
};

const RoleItem = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  return (
    <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
      <ListItemIcon>
        <BadgeIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText
        primary={identity.email}
        secondary={`${translate('rx.user_menu.role')}: ${translate(`resources.users.choices.role.${identity.role}`)}`}
      />
    </MenuItem>
  );
};

/** Brand, page title, the user's organization, notification bell, language switch, user menu. */
export const RxAppBar = () => (
  <AppBar
    color="secondary"
    userMenu={
      <UserMenu>
        <RoleItem />
        <ChangePasswordMenuItem />
        <Logout />
      </UserMenu>
    }
  >
    <Brand />
    <TitlePortal />
    <Organization />
    <NotificationBell />
  </AppBar>
);
