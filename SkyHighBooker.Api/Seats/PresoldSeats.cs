namespace SkyHighBooker.Api.Seats;

/// <summary>
/// Which seats the seed's pre-sold count stands for: a fixed shuffle of the layout by flight id, so the same
/// seats are shown taken before a flight's first booking and written as taken when it happens.
/// </summary>
public static class PresoldSeats
{
    public static IReadOnlyList<string> For(Guid flightId, SeatLayout layout, int count)
    {
        if (count <= 0) return [];
        var random = new Random(BitConverter.ToInt32(flightId.ToByteArray(), 0));
        return layout.Seats.Select(s => s.Number).OrderBy(_ => random.Next()).Take(count).ToList();
    }
}
