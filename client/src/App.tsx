import { Suspense } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import approvals from './approvals';
import { PRICE_MATRIX_PATH, PriceMatrixPage } from './prices';
import auditLogs from './auditLogs';
import { CHANGE_PASSWORD_PATH, ChangePasswordPage } from './account';
import { CompanySettingsPage, SETTINGS_PATH } from './settings';
import { PRICE_REPORT_PATH, PriceReportPage } from './priceReport';
import channels from './channels';
import { RxLayout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import products from './products';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import skus from './skus';
import users from './users';
import orders from './orders';
import { Dashboard } from './dashboard';
import { SALES_REPORT_PATH, SalesReportPage } from './salesReport';
import { PROMOTION_CALENDAR_PATH, PromotionCalendarPage } from './promotionCalendar';
import plans from './plans';
import salesImports, { OBSERVATION_IMPORT_PATH, ObservationImportPage } from './salesImports';
import promotions from './promotions';
import promotionGroups from './promotionGroups';
import { PROMOTION_RESULTS_PATH, PromotionResultsPage } from './promotionResults';
import violations from './violations';
import { COMPLIANCE_PATH, CompliancePage } from './compliance';
import observations from './observations';
import sellers from './sellers';
import { EVIDENCE_PACKAGE_PATH, EvidencePackagePage } from './evidencePackage';

/** RxChannel's admin console: the only place resources are wired. */
export const App = () => (
  <Admin
    title="RxChannel"
    disableTelemetry
    requireAuth
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={RxLayout}
    dashboard={Dashboard}
    theme={theme}
  >
    <Resource name="products" {...products} />
    <Resource name="skus" {...skus} />
    <Resource name="channels" {...channels} />
    <Resource name="users" {...users} />
    <Resource name="audit-logs" {...auditLogs} />
    <Resource name="channel-prices" {...approvals} />
    <Resource name="orders" {...orders} />
    <Resource name="sales-plans" {...plans} />
    <Resource name="sales-imports" {...salesImports} />
    <Resource name="promotions" {...promotions} />
    <Resource name="promotion-groups" {...promotionGroups} />
    <Resource name="violations" {...violations} />
    <Resource name="price-observations" {...observations} />
    <Resource name="sellers" {...sellers} />
    <CustomRoutes>
      <Route
        path={CHANGE_PASSWORD_PATH}
        element={
          <Suspense fallback={null}>
            <ChangePasswordPage />
          </Suspense>
        }
      />
      <Route
        path={PRICE_MATRIX_PATH}
        element={
          <Suspense fallback={null}>
            <PriceMatrixPage />
          </Suspense>
        }
      />
      <Route
        path={PRICE_REPORT_PATH}
        element={
          <Suspense fallback={null}>
            <PriceReportPage />
          </Suspense>
        }
      />
      <Route
        path={SALES_REPORT_PATH}
        element={
          <Suspense fallback={null}>
            <SalesReportPage />
          </Suspense>
        }
      />
      <Route
        path={PROMOTION_CALENDAR_PATH}
        element={
          <Suspense fallback={null}>
            <PromotionCalendarPage />
          </Suspense>
        }
      />
      <Route
        path={PROMOTION_RESULTS_PATH}
        element={
          <Suspense fallback={null}>
            <PromotionResultsPage />
          </Suspense>
        }
      />
      <Route
        path={OBSERVATION_IMPORT_PATH}
        element={
          <Suspense fallback={null}>
            <ObservationImportPage />
          </Suspense>
        }
      />
      <Route
        path={COMPLIANCE_PATH}
        element={
          <Suspense fallback={null}>
            <CompliancePage />
          </Suspense>
        }
      />
      <Route
        path={EVIDENCE_PACKAGE_PATH}
        element={
          <Suspense fallback={null}>
            <EvidencePackagePage />
          </Suspense>
        }
      />
      <Route
        path={SETTINGS_PATH}
        element={
          <Suspense fallback={null}>
            <CompanySettingsPage />
          </Suspense>
        }
      />
    </CustomRoutes>
  </Admin>
);
