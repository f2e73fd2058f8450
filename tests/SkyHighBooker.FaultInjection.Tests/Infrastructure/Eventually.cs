namespace SkyHighBooker.FaultInjection.Tests.Infrastructure;

/// <summary>Bounded polling: what a fault test waits for happens within the bound, or the test fails saying what it saw.</summary>
public static class Eventually
{
    public static async Task<T> Async<T>(Func<Task<T>> observe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var seen = await observe();
            if (done(seen)) return seen;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what} did not happen within {timeout.TotalSeconds} s; last seen: {seen}");
            await Task.Delay(200);
        }
    }
}
