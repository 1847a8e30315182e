import { Tab, Tabs } from '@mui/material';
import { useGetList, useListContext, useTranslate } from 'react-admin';
import { authorizedChoice, authorizedFilter } from './authorized';

const TABS = ['all', 'to_review', 'unauthorized', 'authorized'] as const;
const CHOICE = { all: undefined, to_review: 'unreviewed', unauthorized: 'unauthorized', authorized: 'authorized' } as const;

/** Quick views over the authorisation filter; "To review" counts the stores nobody has looked at yet. */
export const SellerTabs = () => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const { total: unreviewed } = useGetList('sellers', { filter: { authorized: 'unreviewed' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
  const value = filterValues.authorized === undefined ? 'all' : authorizedChoice(filterValues.authorized) === 'unreviewed' ? 'to_review' : authorizedChoice(filterValues.authorized);
  const pick = (tab: (typeof TABS)[number]) => {
    const { authorized: _omit, ...rest } = filterValues;
    const next = authorizedFilter(CHOICE[tab]);
    setFilters(next === undefined ? rest : { ...rest, authorized: next }, displayedFilters);
  };
  return (
    <Tabs value={value} onChange={(_, tab) => pick(tab)} sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}>
      {TABS.map((tab) => (
        <Tab key={tab} value={tab} data-testid={`seller-tab-${tab}`}
          label={tab === 'to_review' && unreviewed ? `${translate('resources.sellers.tabs.to_review')} (${unreviewed})` : translate(`resources.sellers.tabs.${tab}`)} />
      ))}
    </Tabs>
  );
};
