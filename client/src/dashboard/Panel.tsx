import { Card, CardContent, CardHeader, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** A dashboard card with a title and, when it has one, a link to the page behind it ("Open report" unless told). */
export const Panel = ({ title, to, linkText, children, testId }: { title: string; to?: string; linkText?: string; children: React.ReactNode; testId: string }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ flex: 1, minWidth: 320 }} data-testid={testId}>
      <CardHeader
        title={title}
        titleTypographyProps={{ variant: 'subtitle1' }}
        action={to && <Typography component={Link} to={to} variant="body2" sx={{ mr: 1, mt: 1, display: 'block' }}>{linkText ?? translate('rx.dashboard.open_report')}</Typography>}
        sx={{ pb: 0 }}
      />
      <CardContent>{children}</CardContent>
    </Card>
  );
};
