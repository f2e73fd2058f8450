import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { JobHealthStatsView, JobQueueHealth } from '../../../api/adminTypes';
import { ChartFrame } from './ChartFrame';
import { formatAge } from './chartFormat';

const states = [
  { key: 'queued', name: 'Queued', color: '#1d4ed8' },
  { key: 'running', name: 'Running', color: '#7a5af8' },
  { key: 'failed', name: 'Failed / stuck', color: '#b42318' },
  { key: 'done', name: 'Done', color: '#0f9d58' },
] as const;

function OldestOpen({ queue, label, testId }: { queue: JobQueueHealth; label: string; testId: string }) {
  return (
    <p className="chart-panel__summary">
      {label}: oldest open job waiting <strong data-testid={testId}>{formatAge(queue.oldestOpenAgeSeconds)}</strong>
    </p>
  );
}

/** The document, payment and email outboxes, each a bar stacked by state, and how long their oldest open job has waited. */
export function JobHealthChart({ jobs }: { jobs: JobHealthStatsView }) {
  const data = [
    { queue: 'Documents', ...jobs.documents },
    { queue: 'Payments', ...jobs.payments },
    { queue: 'Emails', ...jobs.emails },
  ];
  return (
    <>
      <OldestOpen queue={jobs.documents} label="Documents" testId="dashboard-jobs-documents-oldest" />
      <OldestOpen queue={jobs.payments} label="Refunds and payment closings" testId="dashboard-jobs-payments-oldest" />
      <OldestOpen queue={jobs.emails} label="Emails to travellers" testId="dashboard-jobs-emails-oldest" />
      <ChartFrame height={210}>
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="queue" width={84} />
          <Tooltip />
          <Legend />
          {states.map((state) => (
            <Bar key={state.key} dataKey={state.key} name={state.name} stackId="jobs" fill={state.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartFrame>
    </>
  );
}
