import { useEffect } from 'react';
import { ApiError, messagesByField } from '../../../api';
import { getCancellationStats, getJobHealthStats, getLoadFactorStats, getSalesStats } from '../../../api/admin';
import { useApiResource, type ResourceState } from '../../../hooks/useApiResource';
import { useUrlFilters } from '../useUrlFilters';
import { CancellationsChart } from './CancellationsChart';
import { ChartPanel } from './ChartPanel';
import { DashboardFilterForm } from './DashboardFilterForm';
import { dashboardFilterKeys, statsQueryOf } from './dashboardFilters';
import { JobHealthChart } from './JobHealthChart';
import { LoadFactorCharts } from './LoadFactorCharts';
import { SalesChart } from './SalesChart';
import './dashboard.css';

/** The first refusal among the charts' requests: they share one filter, so one names its bad fields for all. */
function filterProblem(states: ResourceState<unknown>[]) {
  for (const state of states) {
    if (state.status === 'error' && state.error instanceof ApiError && state.error.problem) return state.error.problem;
  }
  return null;
}

/** Sales, load factor, cancellations and job health over the chosen days and route; the filters live in the URL. */
export function DashboardPage() {
  const filters = useUrlFilters(dashboardFilterKeys);
  const query = statsQueryOf(filters.committed);
  const sales = useApiResource((signal) => getSalesStats(query, signal), filters.query);
  const load = useApiResource((signal) => getLoadFactorStats(query, signal), filters.query);
  const cancellations = useApiResource((signal) => getCancellationStats(query, signal), filters.query);
  const jobs = useApiResource((signal) => getJobHealthStats(query, signal), filters.query);

  useEffect(() => {
    document.title = 'Dashboard · Admin · Sky High Booker';
  }, []);

  const { byField } = messagesByField(filterProblem([sales.state, load.state, cancellations.state, jobs.state]), dashboardFilterKeys);

  return (
    <section className="admin-page" aria-labelledby="admin-dashboard-heading">
      <div className="admin-page__header">
        <h1 id="admin-dashboard-heading" className="admin-page__title">
          Dashboard
        </h1>
      </div>
      <DashboardFilterForm filters={filters.draft} errors={byField} onChange={filters.change} onApply={filters.apply} onClear={filters.clear} />
      <p className="dashboard__note">Days are UTC days; flights are counted on their departure date at the origin.</p>
      <div className="dashboard">
        <ChartPanel title="Sales per day" testId="dashboard-sales" state={sales.state} onRetry={sales.reload}>
          {(value) => <SalesChart sales={value} />}
        </ChartPanel>
        <ChartPanel title="Cancellations and refunds" testId="dashboard-cancellations" state={cancellations.state} onRetry={cancellations.reload}>
          {(value) => <CancellationsChart cancellations={value} />}
        </ChartPanel>
        <ChartPanel title="Load factor" testId="dashboard-load-factor" state={load.state} onRetry={load.reload}>
          {(value) => <LoadFactorCharts load={value} />}
        </ChartPanel>
        <ChartPanel title="Job health" testId="dashboard-jobs" state={jobs.state} onRetry={jobs.reload}>
          {(value) => <JobHealthChart jobs={value} />}
        </ChartPanel>
      </div>
    </section>
  );
}
