using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Admin;

/// <summary>Admins' reads of the payment outbox.</summary>
public sealed class AdminPaymentQueries(BookerDbContext db)
{
    /// <summary>Jobs not done after <see cref="AdminPaymentsApi.StuckAfterAttempts"/> tries, oldest first, at most 200.</summary>
    public Task<List<StuckPaymentJobView>> StuckJobsAsync(CancellationToken ct) => (
        from job in db.PaymentJobs.AsNoTracking()
        join payment in db.Payments.AsNoTracking() on job.PaymentId equals payment.Id
        where job.Status != PaymentJobStatus.Done && job.Attempts >= AdminPaymentsApi.StuckAfterAttempts
        orderby job.CreatedAt
        select new StuckPaymentJobView(job.Id, payment.Id, payment.BookingId, job.Kind, payment.Amount, payment.PaymentStatus,
            job.Attempts, job.LastError, job.NextAttemptAt, job.CreatedAt))
        .Take(200).ToListAsync(ct);
}
