import { useState } from 'react';
import { api } from '../api/client';
import { errorMessage, unwrap } from '../api/problem';
import { DataTable, ErrorNote, Loading, Page } from '../ui/components';
import { dateTime } from '../ui/format';
import { useAsync } from '../ui/use-async';

export function FailedJobs() {
  const jobs = useAsync(async () => unwrap(await api.GET('/api/v1/jobs', { params: { query: { status: 'failed', limit: 100 } } })), []);
  const [error, setError] = useState<string | null>(null);
  const retry = async (id: string) => {
    try {
      unwrap(await api.POST('/api/v1/jobs/{id}/retry', { params: { path: { id } } }));
      jobs.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Page title="Failed jobs">
      <ErrorNote error={jobs.error ?? error} />
      <Loading when={jobs.loading && !jobs.data} />
      <DataTable
        caption="Failed background jobs"
        rows={jobs.data?.items}
        rowKey={(j) => j.id}
        empty="No failed jobs."
        columns={[
          { header: 'Job', cell: (j) => j.jobName },
          { header: 'Business key', cell: (j) => <code className="small-code">{j.businessKey}</code> },
          { header: 'Attempts', cell: (j) => `${j.attempts} / ${j.maxAttempts}`, align: 'end' },
          { header: 'Last error', cell: (j) => j.lastError },
          { header: 'Updated', cell: (j) => dateTime(j.updatedAt) },
          { header: 'Retry', cell: (j) => <button type="button" className="button button-small" onClick={() => void retry(j.id)}>Retry</button> },
        ]}
      />
    </Page>
  );
}
