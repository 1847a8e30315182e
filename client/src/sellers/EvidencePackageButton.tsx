import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import { Button, Link, useRecordContext } from 'react-admin';
import { evidencePackagePath } from '../evidencePackage/path';

/** Opens the seller's printable, bilingual evidence package. */
export const EvidencePackageButton = () => {
  const record = useRecordContext<{ id: number }>();
  if (!record) return null;
  return (
    <Button component={Link} to={evidencePackagePath(record.id)} label="resources.sellers.evidence_package" data-testid="evidence-package-button">
      <DescriptionIcon />
    </Button>
  );
};
