extern alias WorkerApp;

using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SkyHighBooker.Testing;
using WorkerApp::SkyHighBooker.Worker.Payments;
using Stripe;

namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>The Worker's payment job processor, run in process against the tests' database and Stripe stand-in.</summary>
public static class PaymentJobs
{
    /// <summary>
    /// Carries out every due payment job (refunds, intent cancellations) until none is open and none has appeared for
    /// a moment: a webhook still on its way may queue one more (bounded by <paramref name="timeout"/>).
    /// </summary>
    public static async Task<int> DrainAsync(this ApiFixture api, TimeSpan? timeout = null)
    {
        await using var database = NpgsqlDataSource.Create(api.ConnectionString);
        var stripe = new Lazy<StripeClient>(() => api.Stripe.Client);
        var processor = new PaymentJobProcessor(new PaymentJobQueue(database, new PaymentJobOptions(), TimeProvider.System), new StripeMoneyBack(stripe),
            NullLogger<PaymentJobProcessor>.Instance);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var total = 0;
        while (DateTime.UtcNow < deadline)
        {
            while (await processor.ProcessOnceAsync(CancellationToken.None) is var claimed and > 0) total += claimed;
            await Task.Delay(300);
            if (await api.ScalarAsync<long>("SELECT count(*) FROM payment_jobs WHERE status <> 'done'") == 0) break;
        }
        return total;
    }
}
