import AddCommentIcon from '@mui/icons-material/AddCommentOutlined';
import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RecordContextProvider, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';
import { SectionTitle } from '../common/SectionTitle';
import { serverMessageKey } from '../providers/serverMessages';
import { sellerApi } from './api';
import { ContactDialog } from './ContactDialog';
import type { SellerRecord } from './types';

/** The partner conversation log, newest first, and (managers, admins) a dialog to log one. */
export const ContactLog = () => {
  const seller = useRecordContext<SellerRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const { canAccess } = useCanAccess({ resource: 'sellers', action: 'edit' });
  const [open, setOpen] = useState(false);
  const t = (key: string) => translate(`resources.sellers.contacts.${key}`);
  const key = ['seller-contacts', seller?.id];
  const { data: contacts = [] } = useQuery({ queryKey: key, queryFn: () => sellerApi.contacts(seller!.id), enabled: !!seller });
  const add = useMutation({
    mutationFn: (contact: { kind: string; note: string }) => sellerApi.addContact(seller!.id, contact),
    onSuccess: async () => {
      setOpen(false);
      notify(t('saved'), { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: key });
      refresh(); // last contact on the seller
    },
    onError: (e: Error) => notify(translate(serverMessageKey(e.message), { _: e.message }), { type: 'error' }),
  });
  if (!seller) return null;
  const sorted = [...contacts].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack spacing={1} data-testid="contact-log">
      <Stack direction="row" justifyContent="space-between" alignItems="center">
        <SectionTitle label="resources.sellers.contacts.title" />
        {canAccess && <Button size="small" startIcon={<AddCommentIcon />} onClick={() => setOpen(true)} data-testid="contact-add">{t('add')}</Button>}
      </Stack>
      {sorted.length === 0 ? <Typography variant="body2" color="text.secondary">{t('none')}</Typography> : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 150 }}>{t('at')}</TableCell>
              <TableCell sx={{ width: 130 }}>{t('kind')}</TableCell>
              <TableCell>{t('note')}</TableCell>
              <TableCell sx={{ width: 140 }}>{t('by')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((c) => (
              <TableRow key={c.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}><RecordContextProvider value={c}><CompanyDateField source="at" showTime /></RecordContextProvider></TableCell>
                <TableCell>{translate(`resources.sellers.contacts.kinds.${c.kind}`, { _: c.kind })}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{c.note}</TableCell>
                <TableCell>{c.user_name ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {open && <ContactDialog sellerName={seller.name} busy={add.isPending} onCancel={() => setOpen(false)} onSave={(c) => add.mutate(c)} />}
    </Stack>
  );
};
