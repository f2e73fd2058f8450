using System.Diagnostics;
using Npgsql;
using SkyHighBooker.Worker.Documents;
using SkyHighBooker.Worker.Documents.Rendering;
using static DocumentLoad.Format;

namespace DocumentLoad;

/// <summary>
/// The reference: the same documents the Worker made for a set (a boarding pass per passenger, the receipt, the
/// confirmation), rendered in this process by the Worker's own DocumentRenderer, with no database and no S3 in the
/// timed part. The bookings are loaded first with the Worker's BookingDocumentSource.
/// </summary>
public static class RendererAlone
{
    public static async Task<IEnumerable<(string, string)>> RunAsync(NpgsqlDataSource database, string set, int threads, int warmupSeconds, int durationSeconds)
    {
        var source = new BookingDocumentSource(database);
        var documents = new List<(ClaimedJob Job, DocumentBooking Booking)>();
        await using (var command = database.CreateCommand("SELECT id FROM bookings WHERE user_id = $1 AND booking_status = 'confirmed' ORDER BY created_at, id"))
        {
            command.Parameters.Add(new() { Value = BookingSet.UserId(set) });
            var ids = new List<Guid>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
            }
            foreach (var id in ids)
            {
                var booking = await source.LoadAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"booking {id} vanished");
                foreach (var p in booking.Passengers) documents.Add((Job(booking, "boarding_pass", p.Position), booking));
                documents.Add((Job(booking, "receipt", null), booking));
                documents.Add((Job(booking, "confirmation", null), booking));
            }
        }
        if (documents.Count == 0) throw new InvalidOperationException($"set '{set}' has no confirmed bookings (run drain first)");

        var renderer = new DocumentRenderer(); // one instance shared by all threads, as the Worker's singleton
        var rendered = new long[threads * 16]; // one counter per thread, padded apart
        var bytes = new long[threads * 16];
        var stop = false;
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (var i = t * documents.Count / threads; !Volatile.Read(ref stop); i = (i + 1) % documents.Count)
            {
                var (job, booking) = documents[i];
                var pdf = renderer.Render(job, booking);
                if (pdf.Length < 5 || pdf[0] != '%' || pdf[1] != 'P') throw new InvalidOperationException($"{job.Kind} is not a PDF");
                bytes[t * 16] += pdf.Length;
                Volatile.Write(ref rendered[t * 16], rendered[t * 16] + 1);
            }
        }) { IsBackground = true, Name = $"renderer {t + 1}" }).ToList();

        long Count() => Enumerable.Range(0, threads).Sum(t => Volatile.Read(ref rendered[t * 16]));
        var cpu = CpuUsage.Parse(null, self: "driver"); // this process, and the machine
        workers.ForEach(w => w.Start());
        Thread.Sleep(TimeSpan.FromSeconds(warmupSeconds));
        var (fromCount, cpuFrom, clock) = (Count(), cpu.Take(), Stopwatch.StartNew());
        Thread.Sleep(TimeSpan.FromSeconds(durationSeconds));
        var (toCount, cpuTo, seconds) = (Count(), cpu.Take(), clock.Elapsed.TotalSeconds);
        Volatile.Write(ref stop, true);
        workers.ForEach(w => w.Join());

        var total = Count();
        return
        [
            ("distinct_documents", documents.Count.ToString()),
            ("threads", threads.ToString()),
            ("seconds", F(seconds)),
            ("rendered", (toCount - fromCount).ToString()),
            ("documents_per_s", F((toCount - fromCount) / seconds, "0.#")),
            ("average_pdf_kb", F(Enumerable.Range(0, threads).Sum(t => bytes[t * 16]) / 1024.0 / Math.Max(1, total), "0.#")),
            .. CpuUsage.Lines(cpuFrom, cpuTo),
        ];
    }

    private static ClaimedJob Job(DocumentBooking booking, string kind, int? position) =>
        new(Guid.NewGuid(), booking.BookingId, kind, position, "", 1, Guid.Empty, Withdrawing: false);
}
