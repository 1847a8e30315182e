import { defaultTheme, type RaThemeOptions } from 'react-admin';

const fontFamily = [
  '-apple-system', 'BlinkMacSystemFont', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial',
  '"PingFang SC"', '"Hiragino Sans GB"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"WenQuanYi Zen Hei"', 'sans-serif',
].join(',');

/** react-admin's default theme in RxChannel's teal, with fonts that cover Chinese. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#00695c', light: '#439889', dark: '#003d33', contrastText: '#fff' },
    secondary: { main: '#1e4e79', contrastText: '#fff' },
    background: { default: '#f4f6f8' },
  },
  shape: { borderRadius: 8 },
  typography: { fontFamily },
  sidebar: { width: 220, closedWidth: 55 },
  components: {
    ...defaultTheme.components,
    MuiPaper: { styleOverrides: { root: { backgroundClip: 'padding-box' } } },
    MuiAppBar: { styleOverrides: { colorSecondary: { backgroundColor: '#00584d' } } },
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          borderLeft: '3px solid transparent',
          '&.RaMenuItemLink-active': { borderLeft: '3px solid #00695c', backgroundColor: 'rgba(0,105,92,0.08)' },
        },
      },
    },
    RaDatagrid: {
      styleOverrides: {
        root: {
          '& .RaDatagrid-headerCell': { fontWeight: 600, backgroundColor: '#fafbfc' },
          '& td.column-code, & td.column-gtin, & td.column-at, & td.column-brand_name, & td.column-dosage_form': {
            whiteSpace: 'nowrap',
          },
        },
      },
    },
  },
};
