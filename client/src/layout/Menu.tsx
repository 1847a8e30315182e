import { Menu } from 'react-admin';
import { PriceMatrixMenuItem } from '../prices';
import { SettingsMenuItem } from '../settings';
import { ReportMenuItem } from '../priceReport';

/** The sidebar; each entry hides itself when the role may not list the resource. */
export const RxMenu = () => (
  <Menu>
    <Menu.ResourceItem name="products" />
    <Menu.ResourceItem name="skus" />
    <PriceMatrixMenuItem />
    <Menu.ResourceItem name="channel-prices" />
    <ReportMenuItem />
    <Menu.ResourceItem name="channels" />
    <Menu.ResourceItem name="users" />
    <Menu.ResourceItem name="audit-logs" />
    <SettingsMenuItem />
  </Menu>
);
