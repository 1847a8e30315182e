import LockResetIcon from '@mui/icons-material/LockReset';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Title, useGetIdentity, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { renderServerMessage } from '../../../shared/server-messages';
import { changePasswordRequest } from '../../../shared/schemas';
import { serverMessageKey } from '../providers/serverMessages';
import { changeOwnPassword } from '../providers/authProvider';
import { PasswordStrength } from './PasswordStrength';
import { usePasswordScorer } from './usePasswordScorer';

type Field = 'current_password' | 'new_password' | 'confirm_password';
const EMPTY: Record<Field, string> = { current_password: '', new_password: '', confirm_password: '' };

/** Every signed-in user changes their own password here; the server signs out their other sessions. */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { identity } = useGetIdentity();
  usePasswordScorer(); // the strength rule then applies in the checks below too
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const email = String(identity?.email ?? '');

  /** Field errors as i18n keys: ours from the shared schema, the server's mapped from its English text. */
  const check = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    const result = changePasswordRequest(email).safeParse(values);
    for (const issue of result.success ? [] : result.error.issues) {
      const field = issue.path[0] as Field;
      found[field] ??= issue.message;
    }
    if (!found.new_password && values.confirm_password !== values.new_password) found.confirm_password = 'rx.account.confirm_mismatch';
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    try {
      const res = await changeOwnPassword({ current_password: values.current_password, new_password: values.new_password });
      const body = await res.json().catch(() => ({}));
      if (res.ok) {
        setValues(EMPTY);
        notify('rx.account.saved', { type: 'success' });
        return;
      }
      const fieldErrors = Object.fromEntries(
        Object.entries((body.errors ?? {}) as Record<string, string>).map(([field, text]) => [field, serverMessageKey(text)]),
      );
      setErrors(fieldErrors);
      if (!Object.keys(fieldErrors).length) {
        setFailure((body.key && renderServerMessage(locale ?? 'en', body.key, body.params)) || translate('rx.login.failed'));
      }
    } finally {
      setSaving(false);
    }
  };

  const input = (field: Field, autoComplete: string, label: string) => (
    <TextField
      name={field}
      type="password"
      label={translate(label)}
      autoComplete={autoComplete}
      required
      fullWidth
      value={values[field]}
      onChange={(e) => {
        const value = e.target.value;
        setValues((v) => ({ ...v, [field]: value }));
        // an error stays only until the field is edited (it would contradict the strength meter)
        setErrors((found) => (found[field] ? { ...found, [field]: undefined } : found));
      }}
      error={!!errors[field]}
      helperText={errors[field] ? translate(errors[field]!, { _: errors[field] }) : field === 'new_password' ? translate('rx.account.rules') : ' '}
    />
  );

  return (
    <Box sx={{ p: 2, maxWidth: 560 }}>
      <Title title={translate('rx.account.change_password')} />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
            <LockResetIcon color="primary" />
            <Typography variant="h6" component="h1">
              {translate('rx.account.change_password')}
            </Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('rx.account.intro', { email })}
          </Typography>
          <Box component="form" onSubmit={submit} noValidate>
            <Stack spacing={2}>
              {input('current_password', 'current-password', 'rx.account.current_password')}
              {input('new_password', 'new-password', 'rx.account.new_password')}
              <PasswordStrength password={values.new_password} email={email} />
              {input('confirm_password', 'new-password', 'rx.account.confirm_password')}
              {failure && (
                <Alert severity="error" role="alert" data-testid="change-password-error">
                  {failure}
                </Alert>
              )}
              <Box>
                <Button type="submit" variant="contained" disabled={saving || !identity}>
                  {saving ? <CircularProgress size={24} color="inherit" /> : translate('rx.account.submit')}
                </Button>
              </Box>
            </Stack>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};

export default ChangePasswordPage;
