namespace SkyHighBooker.Api.Seats;

public sealed record Seat(string Number, int Row, char Letter, Cabin Cabin);

/// <summary>
/// The seats of a flight, derived from its aircraft type and seat count: business at the front with fewer seats
/// abreast, then premium economy, then economy; the last row is short when the count asks for it.
/// Rows run from 1 and letters skip I, as on real aircraft.
/// </summary>
public sealed class SeatLayout
{
    private sealed record CabinPlan(Cabin Cabin, string Letters, double Share);

    private static readonly CabinPlan[] Regional = [new(Cabin.Economy, "ACDF", 1.0)];
    private static readonly CabinPlan[] NarrowBody =
        [new(Cabin.Business, "ACDF", 0.07), new(Cabin.PremiumEconomy, "ABCDEF", 0.10), new(Cabin.Economy, "ABCDEF", 1.0)];
    private static readonly CabinPlan[] WideBody =
        [new(Cabin.Business, "ADGK", 0.08), new(Cabin.PremiumEconomy, "ACDEGHK", 0.12), new(Cabin.Economy, "ABCDEFGHK", 1.0)];

    private readonly Dictionary<string, Seat> byNumber;

    private SeatLayout(IReadOnlyList<Seat> seats)
    {
        Seats = seats;
        byNumber = seats.ToDictionary(s => s.Number);
    }

    public IReadOnlyList<Seat> Seats { get; }

    public Seat? Find(string number) => byNumber.GetValueOrDefault(number.Trim().ToUpperInvariant());

    public static SeatLayout For(string aircraft, int totalSeats)
    {
        var plans = Family(aircraft, totalSeats);
        var seats = new List<Seat>(totalSeats);
        var row = 1;
        foreach (var plan in plans)
        {
            var isLast = plan == plans[^1];
            var wanted = isLast ? totalSeats - seats.Count : (int)Math.Round(totalSeats * plan.Share / plan.Letters.Length) * plan.Letters.Length;
            wanted = Math.Min(wanted, totalSeats - seats.Count);
            for (var placed = 0; placed < wanted; row++)
            {
                foreach (var letter in plan.Letters.Take(wanted - placed))
                {
                    seats.Add(new Seat($"{row}{letter}", row, letter, plan.Cabin));
                    placed++;
                }
            }
        }
        return new SeatLayout(seats);
    }

    private static CabinPlan[] Family(string aircraft, int totalSeats)
    {
        var name = aircraft.ToLowerInvariant();
        if (name.Contains("embraer") || name.Contains("e175") || name.Contains("crj") || totalSeats < 100) return Regional;
        if (name.Contains("787") || name.Contains("777") || name.Contains("a330") || name.Contains("a350") || name.Contains("a380")
            || name.Contains("747") || name.Contains("767") || totalSeats > 250) return WideBody;
        return NarrowBody;
    }
}
