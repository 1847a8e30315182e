import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useState } from 'react';
import { Button, useListContext, useNotify } from 'react-admin';
import { useViolationErrorText } from './useViolationErrorText';
import { downloadExport } from './api';

/** Downloads the XLSX of the list as filtered now (names, not ids; in the reader's language). */
export const ExportViolationsButton = () => {
  const { filterValues, total } = useListContext();
  const notify = useNotify();
  const errorText = useViolationErrorText();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadExport(filterValues);
    } catch (error) {
      notify(errorText(error), { type: 'error', autoHideDuration: 10000 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="rx.violations.actions.export" onClick={download} disabled={busy || total === 0} data-testid="violations-export">
      <DownloadIcon />
    </Button>
  );
};
