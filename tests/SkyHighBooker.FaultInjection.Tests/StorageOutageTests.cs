using SkyHighBooker.FaultInjection.Tests.Infrastructure;

namespace SkyHighBooker.FaultInjection.Tests;

public sealed class StorageOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Documents_rendered_while_S3_is_down_are_retried_and_stored_once_it_is_back()
    {
        await using var system = await BookerSystem.StartAsync(withApi: false);
        var worker = await system.StartWorkerAsync();
        await system.S3.KillAsync();

        var flight = await Travellers.CreateFlightAsync(system, totalSeats: 76);
        var seats = Travellers.Seats(76).Select(s => s.Number).ToArray();
        var bookings = new List<Guid>
        {
            await Documents.ConfirmedBookingAsync(system, flight, seats[..2]),
            await Documents.ConfirmedBookingAsync(system, flight, seats[2..3]),
        };
        var failing = await Eventually.Async(() => Documents.JobsAsync(system),
            jobs => jobs.All(j => j.Attempts > 1 && j.LastError is not null && j.Status is "pending" or "rendering"),
            TimeSpan.FromSeconds(60), "every job failed and tried again");
        output.WriteLine($"while S3 was down: {Documents.Describe(failing)}; e.g. {failing[0].LastError}");
        Assert.DoesNotContain(failing, job => job.Status == "failed");

        await system.S3.RestartAsync();
        var jobs = await Eventually.Async(() => Documents.JobsAsync(system), jobs => jobs.All(j => j.Status is "ready" or "failed"),
            TimeSpan.FromSeconds(90), "every document ready once S3 is back");
        output.WriteLine($"after: {Documents.Describe(jobs)}");
        Assert.False(worker.HasExited, worker.Output);
        await Documents.AssertEachStoredOnceAsync(system, bookings);
        await system.Invariants.AssertHoldAsync();
    }
}
