import { Menu } from 'react-admin';
import { PriceMatrixMenuItem } from '../prices';

/** The sidebar; each entry hides itself when the role may not list the resource. */
export const RxMenu = () => (
  <Menu>
    <Menu.ResourceItem name="products" />
    <Menu.ResourceItem name="skus" />
    <PriceMatrixMenuItem />
    <Menu.ResourceItem name="channel-prices" />
    <Menu.ResourceItem name="channels" />
    <Menu.ResourceItem name="users" />
    <Menu.ResourceItem name="audit-logs" />
  </Menu>
);
