namespace SkyHighBooker.Api.Infrastructure.Seeding;

internal static class AirlineCatalog
{
    public sealed record Airline(string Code, string Name, decimal PriceFactor);

    private static readonly Dictionary<string, Airline[]> ByCountry = new()
    {
        ["United States"] = [new("AA", "American Airlines", 1.00m), new("DL", "Delta Air Lines", 1.05m), new("UA", "United Airlines", 1.02m),
            new("B6", "JetBlue Airways", 0.90m), new("AS", "Alaska Airlines", 0.95m), new("WN", "Southwest Airlines", 0.85m)],
        ["Canada"] = [new("AC", "Air Canada", 1.00m), new("WS", "WestJet", 0.90m)],
        ["Mexico"] = [new("AM", "Aeroméxico", 0.95m)],
        ["Brazil"] = [new("LA", "LATAM Airlines", 0.95m)],
        ["Colombia"] = [new("AV", "Avianca", 0.92m)],
        ["United Kingdom"] = [new("BA", "British Airways", 1.10m), new("VS", "Virgin Atlantic", 1.05m)],
        ["France"] = [new("AF", "Air France", 1.05m)],
        ["Netherlands"] = [new("KL", "KLM Royal Dutch Airlines", 1.02m)],
        ["Germany"] = [new("LH", "Lufthansa", 1.08m)],
        ["Spain"] = [new("IB", "Iberia", 0.95m), new("VY", "Vueling", 0.80m)],
        ["Italy"] = [new("AZ", "ITA Airways", 0.98m)],
        ["Switzerland"] = [new("LX", "Swiss International Air Lines", 1.12m)],
        ["Ireland"] = [new("EI", "Aer Lingus", 0.95m), new("FR", "Ryanair", 0.70m)],
        ["Türkiye"] = [new("TK", "Turkish Airlines", 0.95m)],
        ["United Arab Emirates"] = [new("EK", "Emirates", 1.10m)],
        ["Qatar"] = [new("QR", "Qatar Airways", 1.08m)],
        ["India"] = [new("AI", "Air India", 0.90m), new("6E", "IndiGo", 0.75m)],
        ["Singapore"] = [new("SQ", "Singapore Airlines", 1.15m)],
        ["Hong Kong"] = [new("CX", "Cathay Pacific", 1.10m)],
        ["Japan"] = [new("JL", "Japan Airlines", 1.08m), new("NH", "All Nippon Airways", 1.10m)],
        ["South Korea"] = [new("KE", "Korean Air", 1.05m)],
        ["Australia"] = [new("QF", "Qantas", 1.08m), new("VA", "Virgin Australia", 0.95m)],
        ["South Africa"] = [new("SA", "South African Airways", 1.00m)],
        ["Egypt"] = [new("MS", "EgyptAir", 0.90m)],
    };

    public static IEnumerable<Airline> All => ByCountry.Values.SelectMany(airlines => airlines);

    /// <summary>A route is flown by the airlines of its origin country, taking turns slot by slot.</summary>
    public static Airline For(string originCountry, int routeHash, int slot)
    {
        var airlines = ByCountry[originCountry];
        return airlines[(routeHash + slot) % airlines.Length];
    }
}
