import { ReferenceField, useCanAccess, useRecordContext, type FieldProps } from 'react-admin';

/** The salesperson by name for those who may read users; the rest see that a person is set. */
export const PlanUserField = ({ source }: FieldProps) => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'list' });
  if (!record?.[source]) return <>—</>;
  return canAccess ? <ReferenceField source={source} reference="users" link={false} /> : <>#{record[source]}</>;
};
