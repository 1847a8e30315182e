import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PASSWORD_MIN_SCORE, passwordScore } from '../../../shared/password-policy';
import { usePasswordScorer } from './usePasswordScorer';

const COLORS = ['error', 'error', 'warning', 'success', 'success'] as const;

/** A bar from very weak to very strong; the email counts as a known word. */
export const PasswordStrength = ({ password, email }: { password: string; email?: string }) => {
  const translate = useTranslate();
  const ready = usePasswordScorer();
  const score = ready ? passwordScore(password, email) : undefined;
  if (!password || (ready && score === undefined)) return null; // over 72 bytes: the field error says so
  return (
    <Box data-testid="password-strength" aria-live="polite">
      <LinearProgress
        variant={ready ? 'determinate' : 'indeterminate'}
        value={((score ?? 0) + 1) * 20}
        color={COLORS[score ?? 0]}
        sx={{ height: 6, borderRadius: 3 }}
      />
      <Typography variant="caption" color={score !== undefined && score >= PASSWORD_MIN_SCORE ? 'success.main' : 'text.secondary'}>
        {score !== undefined
          ? translate('rx.account.strength.label', { level: translate(`rx.account.strength.levels.${score}`) })
          : translate('rx.account.strength.loading')}
      </Typography>
    </Box>
  );
};
