using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.RateLimiting;

namespace SkyHighBooker.Api.Apis;

/// <summary>A refund or intent cancellation the Worker has tried <see cref="AdminPaymentsApi.StuckAfterAttempts"/> times or more, and is still trying.</summary>
public sealed record StuckPaymentJobView(Guid Id, Guid PaymentId, Guid BookingId, [property: AllowedValuesFrom(typeof(PaymentJobKind))] string Kind,
    decimal Amount, [property: AllowedValuesFrom(typeof(PaymentStatus))] string PaymentStatus,
    int Attempts, string? LastError, DateTimeOffset NextAttemptAt, DateTimeOffset CreatedAt);

public static class AdminPaymentsApi
{
    public const int StuckAfterAttempts = 3;

    public static IEndpointRouteBuilder MapAdminPaymentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin/payments").WithTags("Admin")
            .RequireAuthorization(AuthenticationSetup.AdminPolicy).RequireRateLimiting(RateLimits.PerUser)
            .MapGet("/stuck", ListStuckPaymentJobs).WithName("AdminListStuckPaymentJobs")
            .WithSummary($"Refunds and intent cancellations not done after {StuckAfterAttempts} tries, with their last error (the Worker keeps trying)");
        return app;
    }

    public static async Task<Ok<List<StuckPaymentJobView>>> ListStuckPaymentJobs(BookerDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await (
            from job in db.PaymentJobs.AsNoTracking()
            join payment in db.Payments.AsNoTracking() on job.PaymentId equals payment.Id
            where job.Status != PaymentJobStatus.Done && job.Attempts >= StuckAfterAttempts
            orderby job.CreatedAt
            select new StuckPaymentJobView(job.Id, payment.Id, payment.BookingId, job.Kind, payment.Amount, payment.PaymentStatus,
                job.Attempts, job.LastError, job.NextAttemptAt, job.CreatedAt))
            .Take(200).ToListAsync(ct));
}
