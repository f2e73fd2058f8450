// The documents bench's driver. Each command prints its numbers as "key value" lines after "-- result".
// See bench/documents/run.sh and bench/README.md.
//
//   DocumentLoad create --set NAME --bookings N [--passengers 2] [--seed 1]
//       N bookings awaiting payment (passengers with seats, a pending card payment), as the Api leaves them after
//       POST /api/bookings and POST /api/bookings/{id}/payments. The set's name tags them (bookings.user_id).
//   DocumentLoad drain --set NAME [--timeout 120] [--cpu-watch worker=PID,postgres=PID,s3rver=PID]
//       Confirms every booking of the set in one transaction, with the payment webhook's statements (so all their
//       document jobs appear at once), waits until the Worker has made them all ready, and reports documents/s.
//   DocumentLoad steady --set NAME --rate R [--timeout 60] [--lease-seconds 30]
//       Confirms the set's bookings one at a time, each in its own webhook transaction, R per second, waits until
//       every job is ready, and reports confirmed -> ready latencies from document_jobs.
//   DocumentLoad render --set NAME [--threads 2] [--warmup 3] [--duration 10]
//       Loads the set's bookings with the Worker's BookingDocumentSource, then renders their documents (a boarding pass
//       per passenger, receipt, confirmation) with the Worker's DocumentRenderer on THREADS threads: no database, no S3.
//
// The database: environment variable DOCUMENTS_DB (an Npgsql connection string).
using DocumentLoad;

if (args.Length == 0) return Usage();
var options = Options.Parse(args[1..]);
var connectionString = Environment.GetEnvironmentVariable("DOCUMENTS_DB")
                       ?? throw new InvalidOperationException("DOCUMENTS_DB (an Npgsql connection string) is not set");
await using var database = new Npgsql.NpgsqlDataSourceBuilder(connectionString).Build();

IEnumerable<(string Key, string Value)> result = args[0] switch
{
    "create" => await BookingSet.CreateAsync(database, options.Text("set"), options.Number("bookings"),
        options.Number("passengers", 2), options.Number("seed", 1)),
    "drain" => await WorkerMeasurements.DrainAsync(database, options.Text("set"), options.Number("timeout", 120),
        CpuUsage.Parse(options.TextOrNull("cpu-watch"), self: "driver")),
    "steady" => await WorkerMeasurements.SteadyAsync(database, options.Text("set"), options.Decimal("rate"),
        options.Number("timeout", 60), options.Number("lease-seconds", 30)),
    "render" => await RendererAlone.RunAsync(database, options.Text("set"), options.Number("threads", 2),
        options.Number("warmup", 3), options.Number("duration", 10)),
    _ => throw new ArgumentException($"unknown command '{args[0]}'"),
};
Console.WriteLine("-- result");
foreach (var (key, value) in result) Console.WriteLine($"{key} {value}");
return 0;

static int Usage()
{
    Console.Error.WriteLine("usage: DocumentLoad create|drain|steady|render --set NAME [options] (see Program.cs)");
    return 2;
}
