namespace SkyHighBooker.Api.Seats;

public sealed record Cabin(string Name, decimal PriceFactor)
{
    public static readonly Cabin Business = new("business", 3.20m);
    public static readonly Cabin PremiumEconomy = new("premium_economy", 1.60m);
    public static readonly Cabin Economy = new("economy", 1.00m);
    public static readonly IReadOnlyList<Cabin> All = [Business, PremiumEconomy, Economy];
    public static readonly IReadOnlyList<string> Names = [.. All.Select(c => c.Name)];

    /// <summary>The fare of one seat in this cabin: the flight's price times the cabin's factor, to the cent.</summary>
    public decimal Fare(decimal flightPrice) => decimal.Round(flightPrice * PriceFactor, 2, MidpointRounding.AwayFromZero);
}
