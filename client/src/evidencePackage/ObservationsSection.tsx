import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { evidenceKind, evidenceUrl } from '../observations/evidence';
import { BiHeading, BiInline, BiLabel, BiParagraph, doc } from './Bi';
import { numberEvidence, wallClock, yuan } from './format';
import type { EvidencePackage } from './types';

const COLUMNS = ['sku', 'product', 'price', 'observed_at', 'store', 'url', 'evidence'] as const;

/** The prices seen, a row each, then the screenshots as numbered figures and the PDFs as numbered attachments. */
export const ObservationsSection = ({ pkg }: { pkg: EvidencePackage }) => {
  const { observations, time_zone } = pkg;
  const refs = numberEvidence(observations, evidenceKind);
  // Each file once, where it is first listed.
  const firstOf = (kind: 'image' | 'pdf') => {
    const seen = new Set<number>();
    return observations.filter((o) => refs.get(o.id)?.kind === kind && !seen.has(o.evidence_id!) && seen.add(o.evidence_id!));
  };
  const uniqueFigures = firstOf('image');
  const pdfs = firstOf('pdf');
  const label = (id: number) => {
    const ref = refs.get(id);
    return ref ? doc(ref.kind === 'image' ? 'figure' : 'attachment', { n: ref.n }) : null;
  };
  return (
    <section>
      <BiHeading k="observations" />
      {observations.length === 0 ? <BiParagraph k="no_observations" /> : (
        <Table size="small" sx={{ '& td, & th': { verticalAlign: 'top', px: 0.75 }, '& tr': { breakInside: 'avoid' } }} data-testid="package-observations">
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => <TableCell key={c} align={c === 'price' ? 'right' : 'left'} sx={{ fontWeight: 600, whiteSpace: c === 'price' || c === 'sku' ? 'nowrap' : undefined }}><BiLabel k={`columns.${c}`} /></TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {observations.map((o) => {
              const ref = label(o.id);
              return (
                <TableRow key={o.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{o.sku_code}</TableCell>
                  <TableCell>{o.pack_desc && !o.sku_name.includes(o.pack_desc) ? `${o.sku_name} ${o.pack_desc}` : o.sku_name}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{yuan(o.price)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{wallClock(o.observed_at, time_zone)}</TableCell>
                  <TableCell>{o.store_name ?? '—'}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all', maxWidth: 220, fontSize: '0.75rem' }}>{o.url ?? '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{ref ? <BiLabel text={ref} /> : '—'}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {uniqueFigures.length > 0 && (
        <>
          <BiHeading k="screenshots" />
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 2 }} data-testid="package-screenshots">
            {uniqueFigures.map((o) => (
              <Box component="figure" key={o.evidence_id} sx={{ m: 0, breakInside: 'avoid' }}>
                <Box component="img" src={evidenceUrl(o.evidence_id!)} alt={`${o.sku_code} ${yuan(o.price)}`}
                  sx={{ width: '100%', height: 220, objectFit: 'contain', border: 1, borderColor: 'divider', bgcolor: 'grey.50', display: 'block' }} />
                <Typography component="figcaption" variant="caption" sx={{ display: 'block', mt: 0.5 }}>
                  <strong><BiInline text={label(o.id)!} /></strong>
                  {` — ${o.sku_code} · ${yuan(o.price)} · ${wallClock(o.observed_at, time_zone)}`}
                </Typography>
              </Box>
            ))}
          </Box>
        </>
      )}
      {pdfs.length > 0 && (
        <>
          <BiHeading k="attachments" />
          <BiParagraph k="attachments_note" />
          <Box component="ul" sx={{ m: 0, pl: 3 }} data-testid="package-attachments">
            {pdfs.map((o) => (
              <li key={o.evidence_id}>
                <Typography variant="body2">
                  <a href={evidenceUrl(o.evidence_id!)} download><BiInline text={label(o.id)!} /></a>
                  {` — ${o.sku_code} · ${yuan(o.price)} · ${wallClock(o.observed_at, time_zone)}`}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      )}
    </section>
  );
};
