import { lazy, Suspense } from 'react';

const DashboardPage = lazy(() => import('./Dashboard'));

/** The landing page, loaded on demand (its charts are not part of the app shell). */
export const Dashboard = () => (
  <Suspense fallback={null}>
    <DashboardPage />
  </Suspense>
);
