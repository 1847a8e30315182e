import { useEffect, useState } from 'react';
import { hasPasswordScorer } from '../../../shared/password-policy';

/**
 * Loads zxcvbn and its dictionary on first use (a separate chunk, never part of the login page)
 * and registers it for the shared password rules; returns true once they apply.
 */
export function usePasswordScorer(): boolean {
  const [ready, setReady] = useState(hasPasswordScorer);
  useEffect(() => {
    if (ready) return;
    let live = true;
    import('../../../shared/password-strength')
      .then(() => live && setReady(true))
      .catch(() => undefined); // the server still applies every rule
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
