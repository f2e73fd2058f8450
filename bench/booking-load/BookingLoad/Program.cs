// The booking-load bench's load generator: signs up travellers with Cognito, then runs concurrent booking journeys
// (seat map, book, pay, confirm with Stripe) against the Api for a warm-up and a measured window, and prints the
// numbers as "key value" lines after "-- result". See bench/booking-load/run.sh and bench/README.md.
//
//   BookingLoad --api URL --stripe URL --cognito URL --cognito-client-id ID --hot-flights FILE
//               [--clients 64] [--warmup 5] [--duration 25] [--seats-out FILE] [--cpu-watch api=PID,stripe=PID,postgres=PID]
//
// --hot-flights: one "lane position flight_id" line per flight. Each lane is one hot flight at a time; when its
// flight is full, the lane moves on to its next flight. --seats-out: the seat map of the first flight (number, cabin,
// fare; tab-separated), written before any booking, for the pgbench reference. --cpu-watch: processes whose CPU time
// (with their children's) over the measured window is reported, next to the load generator's and the machine's.
using System.Globalization;
using BookingLoad;

var settings = Settings.Parse(args);
var hotFlights = HotFlights.Load(settings.HotFlightsFile);
using var http = Http.NewClient();

Console.Error.WriteLine($"signing up {settings.Clients} travellers");
var travellers = await Travellers.SignUpAsync(http, settings.Cognito, settings.CognitoClientId, settings.Clients);

if (settings.SeatsOut is not null)
{
    var first = hotFlights.Current(0)!.Value.Id;
    var seatMap = await SeatMap.ReadAsync(http, settings.Api, travellers[0].AccessToken, first);
    await File.WriteAllLinesAsync(settings.SeatsOut,
        seatMap.Seats.Select(s => string.Join('\t', s.Number, s.Cabin, s.Fare.ToString(CultureInfo.InvariantCulture))));
}

var clock = new MeasurementWindow(TimeSpan.FromSeconds(settings.WarmupSeconds), TimeSpan.FromSeconds(settings.DurationSeconds));
var journeys = travellers.Select((t, i) => new BookingJourney(http, settings, hotFlights, t, clock, seed: i + 1)).ToList();
Console.Error.WriteLine($"{settings.Clients} clients: {settings.WarmupSeconds} s warm-up, then {settings.DurationSeconds} s measured");
var cpu = CpuUsage.Parse(settings.CpuWatch, self: "load generator");
clock.Start();
var cpuSamples = Task.Run(async () =>
{
    await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, -clock.Now)));
    var from = cpu.Take();
    await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, clock.Seconds - clock.Now)));
    return (From: from, To: cpu.Take());
});
await Task.WhenAll(journeys.Select(j => Task.Run(j.RunAsync)));
var (cpuFrom, cpuTo) = await cpuSamples;

var result = JourneyResults.Combine(journeys.Select(j => j.Results));
Console.WriteLine("-- result");
foreach (var (key, value) in result.Lines(clock).Concat(CpuUsage.Lines(cpuFrom, cpuTo))) Console.WriteLine($"{key} {value}");
if (result.Errors.Count > 0)
{
    Console.Error.WriteLine("unexpected answers (first few):");
    foreach (var error in result.Errors.Take(5)) Console.Error.WriteLine("  " + error);
}
return 0;
