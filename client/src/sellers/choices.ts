import type { ChipProps } from '@mui/material';
import { COMPLAINT_GROUNDS, CONTACT_KINDS } from '../../../shared/compliance';
import { choices } from '../common/choices';
import { AUTHORIZED_CHOICES, type AuthorizedChoice } from './authorized';

export const authorizedChoices = choices('sellers', 'authorized', AUTHORIZED_CHOICES);
export const groundChoices = choices('sellers', 'grounds', COMPLAINT_GROUNDS);
export const contactKindChoices = CONTACT_KINDS.map((id) => ({ id, name: `resources.sellers.contacts.kinds.${id}` }));
export const authorizedColors: Record<AuthorizedChoice, ChipProps['color']> = { authorized: 'success', unauthorized: 'error', unreviewed: 'warning' };
