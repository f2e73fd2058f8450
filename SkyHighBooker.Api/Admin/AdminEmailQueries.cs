using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Admin;

/// <summary>Admins' reads of the email outbox.</summary>
public sealed class AdminEmailQueries(BookerDbContext db)
{
    /// <summary>Emails refused for good, and emails still owed after <see cref="AdminEmailsApi.StuckAfterAttempts"/> tries; oldest first.</summary>
    public async Task<PagedList<FailedEmailJobView>> FailedAsync(AdminEmailFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var state = string.IsNullOrWhiteSpace(filter.State) ? null : filter.State;
        var (failed, stuck) = (state is null or EmailTrouble.Failed, state is null or EmailTrouble.Stuck);
        var jobs = db.EmailJobs.AsNoTracking().Where(j => (failed && j.Status == EmailJobStatus.Failed)
            || (stuck && (j.Status == EmailJobStatus.Pending || j.Status == EmailJobStatus.Sending) && j.Attempts >= AdminEmailsApi.StuckAfterAttempts));
        if (!string.IsNullOrWhiteSpace(filter.Kind)) jobs = jobs.Where(j => j.Kind == filter.Kind);
        if (filter.BookingId is { } booking) jobs = jobs.Where(j => j.BookingId == booking);
        if (!string.IsNullOrWhiteSpace(filter.UserId))
        {
            var owner = filter.UserId.Trim();
            jobs = jobs.Where(j => db.Bookings.Any(b => b.Id == j.BookingId && b.UserId == owner));
        }

        var total = await jobs.CountAsync(ct);
        var items = await (
            from job in jobs
            join b in db.Bookings.AsNoTracking() on job.BookingId equals b.Id
            orderby job.CreatedAt, job.Id
            select new FailedEmailJobView(job.Id, job.BookingId, b.Reference, b.PassengerEmail, job.Kind,
                job.Status == EmailJobStatus.Failed ? EmailTrouble.Failed : EmailTrouble.Stuck,
                job.Attempts, job.LastError, job.Status == EmailJobStatus.Failed ? null : job.NextAttemptAt, job.CreatedAt, job.UpdatedAt))
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return PagedList<FailedEmailJobView>.Of(items, page, pageSize, total);
    }
}
