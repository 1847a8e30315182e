import InsightsIcon from '@mui/icons-material/InsightsOutlined';
import { Button, useRecordContext } from 'react-admin';
import type { PromotionState } from '../../../shared/promotions';
import { promotionResultsPath } from './resultsPath';

/** States in which a promotion never sold anything, so there are no results to open. */
const NEVER_RAN: readonly PromotionState[] = ['draft', 'pending', 'rejected'];

/** Opens the results page of the promotion in the record context (shown once it is approved). */
export const PromotionResultsButton = () => {
  const record = useRecordContext<{ id: number; state?: PromotionState }>();
  if (!record || (record.state && NEVER_RAN.includes(record.state))) return null;
  return (
    <Button label="rx.promotionResults.button" to={promotionResultsPath(record.id)} data-testid="promotion-results-button">
      <InsightsIcon />
    </Button>
  );
};
