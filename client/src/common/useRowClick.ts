import { useCanAccess } from 'react-admin';

/** Rows open the edit page for those who may edit, the show page for the others. */
export function useRowClick(resource: string): 'edit' | 'show' {
  const { canAccess } = useCanAccess({ resource, action: 'edit' });
  return canAccess ? 'edit' : 'show';
}
