using System.Globalization;
using System.Net;

namespace BookingLoad;

/// <summary>
/// The flights being fought over: one per lane at a time. When a lane's flight is full, whoever notices first moves
/// the lane on to its next flight, so the contention (lanes x seats) stays the same for the whole run.
/// </summary>
public sealed class HotFlights
{
    private readonly Guid[][] lanes;
    private readonly int[] current;

    private HotFlights(Guid[][] lanes)
    {
        this.lanes = lanes;
        current = new int[lanes.Length];
    }

    public int Lanes => lanes.Length;

    /// <summary>Set when a lane ran out of flights: the run stops and reports it.</summary>
    public volatile bool Exhausted;

    /// <summary>Reads "lane position flight_id" lines.</summary>
    public static HotFlights Load(string path)
    {
        var rows = File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (Lane: int.Parse(p[0], CultureInfo.InvariantCulture), Position: int.Parse(p[1], CultureInfo.InvariantCulture), Id: Guid.Parse(p[2])))
            .ToList();
        if (rows.Count == 0) throw new InvalidOperationException($"no hot flights in {path}");
        return new HotFlights(rows.GroupBy(r => r.Lane).OrderBy(g => g.Key).Select(g => g.OrderBy(r => r.Position).Select(r => r.Id).ToArray()).ToArray());
    }

    /// <summary>The lane's flight now, or null when the lane has sold all its flights.</summary>
    public (Guid Id, int Index)? Current(int lane)
    {
        var index = Volatile.Read(ref current[lane]);
        return index < lanes[lane].Length ? (lanes[lane][index], index) : null;
    }

    public void SoldOut(int lane, int index) => Interlocked.CompareExchange(ref current[lane], index + 1, index);

    public int FlightsUsed => current.Select((index, lane) => Math.Min(index + 1, lanes[lane].Length)).Sum();
}

public sealed record Seat(string Number, string Cabin, decimal Fare, bool Available);

public sealed record SeatMap(IReadOnlyList<Seat> Seats)
{
    public static async Task<SeatMap> ReadAsync(HttpClient http, Uri api, string token, Guid flightId)
    {
        var (status, body, text) = await Http.SendAsync(http,
            new HttpRequestMessage(HttpMethod.Get, new Uri(api, $"/api/flights/{flightId}/seats")).WithBearer(token));
        using (body)
        {
            if (status != HttpStatusCode.OK || body is null) throw new InvalidOperationException($"GET seats of {flightId}: {(int)status} {Trim(text)}");
            var seats = new List<Seat>(200);
            foreach (var seat in body.RootElement.GetProperty("seats").EnumerateArray())
            {
                seats.Add(new Seat(seat.GetProperty("number").GetString()!, seat.GetProperty("cabin").GetString()!,
                    seat.GetProperty("fare").GetDecimal(), seat.GetProperty("state").GetString() == "available"));
            }
            return new SeatMap(seats);
        }
    }

    public static string Trim(string text) => text.Length > 300 ? text[..300] + "..." : text;
}
