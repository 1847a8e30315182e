import { Menu } from 'react-admin';
import { PriceMatrixMenuItem } from '../prices';
import { SettingsMenuItem } from '../settings';
import { ReportMenuItem } from '../priceReport';
import { SalesReportMenuItem } from '../salesReport';
import { PromotionCalendarMenuItem } from '../promotionCalendar';
import { ComplianceMenuItem } from '../compliance';
import { MenuSection } from './MenuSection';

/** The sidebar; each entry hides itself when the role may not list the resource. */
export const RxMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <MenuSection label="rx.menu.catalog" />
    <Menu.ResourceItem name="products" />
    <Menu.ResourceItem name="skus" />
    <PriceMatrixMenuItem />
    <Menu.ResourceItem name="channel-prices" primaryText="rx.promotions.approvals_menu" />
    <ReportMenuItem />
    <MenuSection label="rx.compliance.menu" />
    <ComplianceMenuItem />
    <Menu.ResourceItem name="violations" />
    <Menu.ResourceItem name="price-observations" />
    <Menu.ResourceItem name="sellers" />
    <MenuSection label="rx.promotions.menu" />
    <Menu.ResourceItem name="promotions" />
    <PromotionCalendarMenuItem />
    <Menu.ResourceItem name="promotion-groups" />
    <MenuSection label="rx.salesData.menu" />
    <Menu.ResourceItem name="orders" />
    <Menu.ResourceItem name="sales-imports" />
    <SalesReportMenuItem />
    <Menu.ResourceItem name="sales-plans" />
    <MenuSection label="rx.menu.setup" />
    <Menu.ResourceItem name="channels" />
    <Menu.ResourceItem name="users" />
    <Menu.ResourceItem name="audit-logs" />
    <SettingsMenuItem />
  </Menu>
);
