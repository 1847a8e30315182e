import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { authorizedChoice } from '../sellers/authorized';
import { BiHeading, BiInline, BiLabel, doc } from './Bi';
import { bilingual } from './bilingual';
import { wallClock } from './format';
import type { EvidencePackage } from './types';

/** Who the store is, where it sells, whether it may, and on what grounds a platform may act. */
export const SellerSection = ({ pkg, company }: { pkg: EvidencePackage; company: string }) => {
  const { seller, channel, time_zone } = pkg;
  const grounds = seller.grounds?.length
    ? seller.grounds.map((g) => <div key={g}><BiInline text={bilingual(`resources.sellers.choices.grounds.${g}`)} /></div>)
    : <BiInline text={doc('no_grounds')} />;
  const rows: [string, ReactNode][] = [
    ['seller', seller.name],
    ['channel', channel.name],
    ['platform', <BiInline key="p" text={bilingual(`resources.channels.choices.platform.${channel.platform}`, { _: channel.platform })} />],
    ['shop_id', seller.shop_id ?? '—'],
    ['url', seller.url ?? '—'],
    ['status', <BiInline key="s" text={doc(`statuses.${authorizedChoice(seller.authorized)}`, { company })} />],
    ['grounds', grounds],
    ['first_seen', seller.first_seen_at ? wallClock(seller.first_seen_at, time_zone) : '—'],
  ];
  return (
    <section>
      <BiHeading k="seller_section" />
      <Table size="small" sx={{ '& td': { verticalAlign: 'top' } }} data-testid="package-seller">
        <TableBody>
          {rows.map(([key, value]) => (
            <TableRow key={key}>
              <TableCell component="th" sx={{ width: 200, fontWeight: 600 }}><BiLabel k={key} /></TableCell>
              <TableCell sx={{ wordBreak: 'break-all' }}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
};
