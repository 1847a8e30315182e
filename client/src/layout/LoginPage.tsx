import LocalPharmacyIcon from '@mui/icons-material/LocalPharmacy';
import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { LocalesMenuButton, useCheckAuth, useLocaleState, useLogin, useNavigate, useTranslate } from 'react-admin';
import { saveMyLocale, signedInUser } from '../providers/authProvider';
import { renderServerMessage } from '../../../shared/server-messages';
import { LoginError } from '../providers/authProvider';
import { serverMessageKey } from '../providers/serverMessages';

/**
 * Email + password sign-in; shows the server's reason when it refuses (wrong password, throttled).
 * One email may have accounts in several companies: when the password opens more than one, the
 * server asks, and a company choice appears.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const queryClient = useQueryClient();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organizations, setOrganizations] = useState<{ id: number; name: string }[]>([]);
  const [organization, setOrganization] = useState<number | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [locale, setLocale] = useLocaleState();
  // The language shown when the page opened: a different one at sign-in was picked here, on purpose.
  const [localeAtOpen] = useState(locale);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLoading(true);
    setError(null);
    try {
      // nothing cached for a previous user (identity, permissions, another tenant's records) may show
      queryClient.clear();
      await login({ email: email.trim(), password, organization: organization || undefined });
      // The user's own language applies at login, unless they just picked one here (then it is saved).
      const user = await signedInUser();
      if (locale !== localeAtOpen) await saveMyLocale(locale).catch(() => undefined);
      else if (user.locale !== locale) setLocale(user.locale);
    } catch (err) {
      if (err instanceof LoginError && err.organizations?.length) {
        setOrganizations(err.organizations);
        setError('rx.login.choose_organization');
      } else if (err instanceof LoginError && err.key) {
        setError(renderServerMessage(locale ?? 'en', err.key, err.params) ?? err.message);
      } else {
        const message = err instanceof Error && err.message ? err.message : 'rx.login.failed';
        setError(serverMessageKey(message));
      }
      setLoading(false);
    }
  };

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(135deg, #003d33 0%, #00695c 55%, #1e4e79 100%)',
        p: 2,
      }}
    >
      <Box sx={{ position: 'fixed', top: 8, right: 8, color: 'common.white' }}>
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 400, boxShadow: 8 }}>
        <CardContent sx={{ p: 4 }}>
          <Stack alignItems="center" spacing={1} sx={{ mb: 3 }}>
            <Avatar sx={{ bgcolor: 'primary.main', width: 56, height: 56 }}>
              <LocalPharmacyIcon fontSize="large" />
            </Avatar>
            <Typography variant="h4" component="h1" sx={{ fontWeight: 700 }}>
              {translate('rx.app.name')}
            </Typography>
            <Typography variant="body2" color="text.secondary" align="center">
              {translate('rx.app.tagline')}
            </Typography>
          </Stack>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            {translate('rx.login.title')}
          </Typography>
          <Box component="form" onSubmit={submit} noValidate={false}>
            <Stack spacing={2}>
              <TextField
                name="email"
                type="email"
                label={translate('ra.auth.email')}
                autoComplete="username"
                autoFocus
                required
                fullWidth
                value={email}
                onChange={(e) => {
                  setEmail(e.target.value);
                  setOrganizations([]);
                  setOrganization('');
                }}
              />
              <TextField
                name="password"
                type="password"
                label={translate('ra.auth.password')}
                autoComplete="current-password"
                required
                fullWidth
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              {organizations.length > 0 && (
                <TextField
                  select
                  name="organization"
                  label={translate('rx.login.organization')}
                  required
                  fullWidth
                  value={organization}
                  onChange={(e) => setOrganization(Number(e.target.value))}
                >
                  {organizations.map((org) => (
                    <MenuItem key={org.id} value={org.id}>
                      {org.name}
                    </MenuItem>
                  ))}
                </TextField>
              )}
              {error && (
                <Alert severity="error" role="alert" data-testid="login-error">
                  {translate(error, { _: error })}
                </Alert>
              )}
              <Button type="submit" variant="contained" size="large" disabled={loading} fullWidth>
                {loading ? <CircularProgress size={24} color="inherit" /> : translate('rx.login.submit')}
              </Button>
            </Stack>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
