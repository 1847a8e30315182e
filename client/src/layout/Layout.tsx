import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { RxAppBar } from './AppBar';
import { RxMenu } from './Menu';

export const RxLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={RxAppBar} menu={RxMenu}>
    {children}
  </Layout>
);
