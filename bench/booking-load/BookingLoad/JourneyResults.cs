using System.Globalization;

namespace BookingLoad;

/// <summary>Latencies of one kind of call: (start, seconds) pairs, start on the window's clock.</summary>
public sealed class Latencies
{
    private readonly List<(double Start, double Seconds)> samples = [];

    public void Add(double start, double seconds) => samples.Add((start, seconds));

    public void AddRange(Latencies other) => samples.AddRange(other.samples);

    /// <summary>Milliseconds of the calls that started inside the window, ascending.</summary>
    public double[] InWindow(MeasurementWindow window) =>
        samples.Where(s => window.InWindow(s.Start)).Select(s => s.Seconds * 1000).Order().ToArray();
}

/// <summary>Moments (window clock) at which something happened.</summary>
public sealed class Events
{
    private readonly List<double> starts = [];

    public void Add(double start) => starts.Add(start);

    public void AddRange(Events other) => starts.AddRange(other.starts);

    public int InWindow(MeasurementWindow window) => starts.Count(window.InWindow);
}

public sealed class JourneyResults
{
    public Latencies SeatMap { get; } = new();
    public Latencies Book { get; } = new();
    public Latencies Pay { get; } = new();
    public Latencies Confirm { get; } = new();
    public Latencies Settle { get; } = new();
    /// <summary>Book (with any retries after a 409) + pay + confirm at Stripe + refresh: from the first POST /api/bookings to the confirmed booking.</summary>
    public Latencies Chain { get; } = new();
    public Events Created { get; } = new();
    public Events Conflicts { get; } = new();
    /// <summary>Chains abandoned because the flight filled up while retrying.</summary>
    public Events GaveUp { get; } = new();
    /// <summary>PaymentIntents confirmed at Stripe over the whole run (warm-up included): the bookings that must end confirmed.</summary>
    public int PaidTotal { get; set; }
    public List<string> Errors { get; } = [];

    public static JourneyResults Combine(IEnumerable<JourneyResults> all)
    {
        var combined = new JourneyResults();
        foreach (var r in all)
        {
            combined.SeatMap.AddRange(r.SeatMap);
            combined.Book.AddRange(r.Book);
            combined.Pay.AddRange(r.Pay);
            combined.Confirm.AddRange(r.Confirm);
            combined.Settle.AddRange(r.Settle);
            combined.Chain.AddRange(r.Chain);
            combined.Created.AddRange(r.Created);
            combined.Conflicts.AddRange(r.Conflicts);
            combined.GaveUp.AddRange(r.GaveUp);
            combined.PaidTotal += r.PaidTotal;
            combined.Errors.AddRange(r.Errors);
        }
        return combined;
    }

    public IEnumerable<(string Key, string Value)> Lines(MeasurementWindow window)
    {
        static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        yield return ("seconds", F(window.Seconds));
        yield return ("window_from_epoch", F(window.MeasuredFromUtc.ToUnixTimeMilliseconds() / 1000.0));
        yield return ("window_to_epoch", F(window.MeasuredToUtc.ToUnixTimeMilliseconds() / 1000.0));
        var chains = Chain.InWindow(window);
        yield return ("chains", chains.Length.ToString(CultureInfo.InvariantCulture));
        yield return ("chains_per_s", F(chains.Length / window.Seconds));
        yield return ("book_201", Created.InWindow(window).ToString(CultureInfo.InvariantCulture));
        yield return ("book_409", Conflicts.InWindow(window).ToString(CultureInfo.InvariantCulture));
        yield return ("gave_up", GaveUp.InWindow(window).ToString(CultureInfo.InvariantCulture));
        foreach (var (name, latencies) in new[] { ("book", Book), ("chain", Chain), ("seatmap", SeatMap), ("pay", Pay), ("confirm", Confirm), ("settle", Settle) })
        {
            var ms = latencies.InWindow(window);
            yield return ($"{name}_requests", ms.Length.ToString(CultureInfo.InvariantCulture));
            yield return ($"{name}_p50_ms", F(Percentile(ms, 50)));
            yield return ($"{name}_p99_ms", F(Percentile(ms, 99)));
        }
        yield return ("paid_total", PaidTotal.ToString(CultureInfo.InvariantCulture));
        yield return ("errors", Errors.Count.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Nearest-rank percentile of an ascending array (as report.py computes pgbench's).</summary>
    public static double Percentile(double[] ascending, double p) =>
        ascending.Length == 0 ? double.NaN : ascending[Math.Max(1, (int)Math.Ceiling(p / 100 * ascending.Length)) - 1];
}
