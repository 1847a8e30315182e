import { ListSubheader } from '@mui/material';
import { useSidebarState, useTranslate } from 'react-admin';

/** A group title in the sidebar ("Sales data"); hidden when the sidebar is folded to icons. */
export const MenuSection = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  if (!open) return null;
  return (
    <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent', fontSize: 12, letterSpacing: 0.5 }}>
      {translate(label)}
    </ListSubheader>
  );
};
