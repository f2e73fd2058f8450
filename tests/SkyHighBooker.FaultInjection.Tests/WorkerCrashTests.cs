using SkyHighBooker.FaultInjection.Tests.Infrastructure;

namespace SkyHighBooker.FaultInjection.Tests;

public sealed class WorkerCrashTests(ITestOutputHelper output)
{
    private const int Bookings = 10, BatchSize = 4;

    [Fact]
    public async Task Killing_one_of_two_Workers_mid_render_still_stores_every_document_exactly_once()
    {
        await using var system = await BookerSystem.StartAsync(withApi: false);
        // A short lease, so the killed Worker's claims lapse in seconds rather than the default 30.
        (string, string)[] settings = [("Documents__LeaseSeconds", "3"), ("Documents__BatchSize", BatchSize.ToString())];
        var workers = await Task.WhenAll(system.StartWorkerAsync(null, settings), system.StartWorkerAsync(null, settings));

        var flight = await Travellers.CreateFlightAsync(system, totalSeats: 76);
        var seats = Travellers.Seats(76).Select(s => s.Number).ToArray();
        var bookings = new List<Guid>();
        for (var i = 0; i < Bookings; i++) bookings.Add(await Documents.ConfirmedBookingAsync(system, flight, seats[(3 * i)..(3 * i + 3)]));

        // More jobs rendering than one Worker claims at a time: both hold leases, so the kill lands mid-render.
        await Eventually.Async(() => Documents.JobsAsync(system), jobs => jobs.Count(j => j.Status == "rendering") > BatchSize,
            TimeSpan.FromSeconds(60), $"both Workers rendering");
        await workers[0].KillAsync();

        var jobs = await Eventually.Async(() => Documents.JobsAsync(system), jobs => jobs.All(j => j.Status is "ready" or "failed"),
            TimeSpan.FromSeconds(90), "every document ready");
        output.WriteLine(Documents.Describe(jobs));
        Assert.False(workers[1].HasExited, workers[1].Output);
        Assert.Equal(Bookings * 5, jobs.Count);
        Assert.Contains(jobs, job => job.Attempts > 1); // the killed Worker's claims, taken over once their lease lapsed
        await Documents.AssertEachStoredOnceAsync(system, bookings);
        await system.Invariants.AssertHoldAsync();
    }
}
