import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { BiHeading, BiInline, BiLabel, BiParagraph, doc } from './Bi';
import { wallClock, yuan } from './format';
import type { EvidencePackage } from './types';

const PRICES = ['expected', 'actual', 'gap'] as const;
const COLUMNS = ['kind', ...PRICES, 'first_seen', 'last_seen', 'occurrences', 'status'] as const;
const RIGHT = new Set(['expected', 'actual', 'gap', 'occurrences']);

/** What the checks found about the store, in the words a partner hears: the suggested retail price. */
export const FindingsSection = ({ pkg }: { pkg: EvidencePackage }) => {
  const { violations, time_zone } = pkg;
  // The prices only when the server sends them (an unauthorised store's case has none).
  const priced = violations.some((v) => v.expected != null || v.actual != null);
  const columns = COLUMNS.filter((c) => priced || !(PRICES as readonly string[]).includes(c));
  return (
    <section>
      <BiHeading k="findings" />
      {violations.length === 0 ? <BiParagraph k="no_findings" /> : (
        <Table size="small" sx={{ '& td, & th': { verticalAlign: 'top', px: 0.75 }, '& tr': { breakInside: 'avoid' } }} data-testid="package-findings">
          <TableHead>
            <TableRow>
              {columns.map((c) => <TableCell key={c} align={RIGHT.has(c) ? 'right' : 'left'} sx={{ fontWeight: 600 }}><BiLabel k={`finding_columns.${c}`} /></TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {violations.map((v) => (
              <TableRow key={v.id}>
                <TableCell>
                  <BiLabel text={doc(`kinds.${v.kind}`, { _: v.kind })} />
                  {v.sku_code && <div>{`${v.sku_code}${v.sku_name ? ` ${v.sku_name}` : ''}`}</div>}
                </TableCell>
                {priced && (
                  <>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{yuan(v.expected)}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{yuan(v.actual)}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{v.gap_pct == null ? '—' : `${v.gap_pct.toFixed(2)}%`}</TableCell>
                  </>
                )}
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{wallClock(v.first_seen_at, time_zone)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{wallClock(v.last_seen_at, time_zone)}</TableCell>
                <TableCell align="right">{v.occurrences}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}><BiInline text={doc(`finding_statuses.${v.status}`, { _: v.status })} /></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};
