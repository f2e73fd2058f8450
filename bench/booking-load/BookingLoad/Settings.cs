using System.Globalization;

namespace BookingLoad;

public sealed record Settings(
    Uri Api,
    Uri Stripe,
    Uri Cognito,
    string CognitoClientId,
    string HotFlightsFile,
    int Clients,
    int WarmupSeconds,
    int DurationSeconds,
    string? SeatsOut,
    string? CpuWatch)
{
    /// <summary>Any sk_test_ key is accepted by the stand-in.</summary>
    public const string StripeSecretKey = "sk_test_booking_load";

    public static Settings Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--") || i + 1 >= args.Length) throw new ArgumentException($"expected --name value, got '{args[i]}'");
            values[args[i][2..]] = args[i + 1];
        }
        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Settings(
            new Uri(Required("api")), new Uri(Required("stripe")), new Uri(Required("cognito")), Required("cognito-client-id"),
            Required("hot-flights"), Number("clients", 64), Number("warmup", 5), Number("duration", 25), values.GetValueOrDefault("seats-out"),
            values.GetValueOrDefault("cpu-watch"));
    }
}

/// <summary>A warm-up, then the measured window. Everything is timed with one monotonic clock.</summary>
public sealed class MeasurementWindow(TimeSpan warmup, TimeSpan duration)
{
    private long startTicks;

    public DateTimeOffset MeasuredFromUtc { get; private set; }
    public DateTimeOffset MeasuredToUtc => MeasuredFromUtc + duration;
    public double Seconds => duration.TotalSeconds;

    public void Start()
    {
        startTicks = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        MeasuredFromUtc = DateTimeOffset.UtcNow + warmup;
    }

    /// <summary>Seconds since the measured window began (negative during the warm-up).</summary>
    public double Now => (System.Diagnostics.Stopwatch.GetTimestamp() - startTicks) / (double)System.Diagnostics.Stopwatch.Frequency;

    public bool InWindow(double t) => t >= 0 && t < duration.TotalSeconds;
    public bool Over => Now >= duration.TotalSeconds;
}
