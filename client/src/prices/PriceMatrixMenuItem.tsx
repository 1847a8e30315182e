import GridOnIcon from '@mui/icons-material/GridOnOutlined';
import { Menu, useTranslate } from 'react-admin';

export const PRICE_MATRIX_PATH = '/price-matrix';

/** Menu entry for the custom /price-matrix route. */
export const PriceMatrixMenuItem = () => {
  const translate = useTranslate();
  return <Menu.Item to={PRICE_MATRIX_PATH} primaryText={translate('rx.pricing.title')} leftIcon={<GridOnIcon />} />;
};
