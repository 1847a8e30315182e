import type { ChipProps } from '@mui/material';
import { SEVERITIES, VIOLATION_KINDS, VIOLATION_STATUSES, type ViolationStatus } from '../../../shared/compliance';
import { choices } from '../common/choices';

export const kindChoices = choices('violations', 'kind', VIOLATION_KINDS);
export const statusChoices = choices('violations', 'status', VIOLATION_STATUSES);
export const severityChoices = choices('violations', 'severity', SEVERITIES);

export const statusColors: Record<string, ChipProps['color']> = { open: 'error', acknowledged: 'warning', resolved: 'success', waived: 'default' };
export const severityColors: Record<string, ChipProps['color']> = { low: 'info', medium: 'warning', high: 'error' };
/** The company's own errors in warm colours; partners' market intelligence and unauthorised stores in cool ones. */
export const kindColors: Record<string, ChipProps['color']> = {
  own_channel_below_control: 'error', below_promo_floor: 'warning', parity: 'secondary', partner_below_control: 'info', unauthorized_seller: 'primary',
};

const DOT: Record<string, string> = { error: '#d32f2f', warning: '#ed6c02', secondary: '#9c27b0', info: '#0288d1', primary: '#00695c' };
/** The kind's colour as a plain colour, for dots and chart bars. */
export const kindDotColor = (kind: string) => DOT[kindColors[kind] as string] ?? '#757575';

/** What the workflow allows from each status (the server's rule; the client only hides what it would refuse). */
/** Not yet dealt with: what the compliance page counts as open, and what the list shows first. */
export const UNRESOLVED: ViolationStatus[] = ['open', 'acknowledged'];
export const mayAcknowledge = (status: ViolationStatus) => status === 'open';
export const mayResolve = (status: ViolationStatus) => status !== 'resolved';
export const mayWaive = (status: ViolationStatus) => UNRESOLVED.includes(status);
export const mayAssign = (status: ViolationStatus) => status !== 'resolved';

/** Kinds about independent partners, where the law limits what the company may do. */
export const isPartnerKind = (kind: string) => kind === 'partner_below_control' || kind === 'unauthorized_seller';
