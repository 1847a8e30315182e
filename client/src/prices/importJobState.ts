import type { ImportJob } from './api';

/**
 * What the commit step makes of a job it watches: `done` (committed), `running` (a commit holds a
 * live lease), `stalled` (a failed commit, one whose request died so its lease ran out, or one given
 * back after row errors: commit again to resume) or `gone` (nothing to resume: still uploading, a
 * failed upload or expired).
 */
export function importJobState(job: Pick<ImportJob, 'status' | 'total_rows' | 'claimed_until'>, nowMs = Date.now()) {
  switch (job.status) {
    case 'committed':
      return 'done';
    case 'committing':
      return job.claimed_until && Date.parse(job.claimed_until) < nowMs ? 'stalled' : 'running';
    case 'uploaded':
      return 'stalled';
    case 'failed':
      return job.total_rows > 0 ? 'stalled' : 'gone';
    default:
      return 'gone';
  }
}
