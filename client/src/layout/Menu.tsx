import { Menu } from 'react-admin';
import { PriceMatrixMenuItem } from '../prices';
import { SettingsMenuItem } from '../settings';
import { ReportMenuItem } from '../priceReport';
import { SalesReportMenuItem } from '../salesReport';

/** The sidebar; each entry hides itself when the role may not list the resource. */
export const RxMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.ResourceItem name="products" />
    <Menu.ResourceItem name="skus" />
    <PriceMatrixMenuItem />
    <Menu.ResourceItem name="channel-prices" />
    <ReportMenuItem />
    <Menu.ResourceItem name="orders" />
    <SalesReportMenuItem />
    <Menu.ResourceItem name="sales-plans" />
    <Menu.ResourceItem name="channels" />
    <Menu.ResourceItem name="users" />
    <Menu.ResourceItem name="audit-logs" />
    <SettingsMenuItem />
  </Menu>
);
