namespace SkyHighBooker;

/// <summary>
/// The project's own mark for each seeded airline: its IATA code on a field of colour with a tail stripe (no airline's
/// artwork). One definition drawn twice: as SVG for the site (static/airline-logos/{code}.svg) and with PDF shapes on
/// the Worker's documents.
/// </summary>
public sealed record AirlineMark(string Code, string Name, string Field, string Stripe)
{
    public static readonly IReadOnlyList<AirlineMark> All =
    [
        new("AA", "American Airlines", "#0B3D91", "#C8102E"), new("DL", "Delta Air Lines", "#1B2A4A", "#D0103A"),
        new("UA", "United Airlines", "#1A3C8F", "#6CACE4"), new("B6", "JetBlue Airways", "#12305E", "#3D8FD8"),
        new("AS", "Alaska Airlines", "#01426A", "#48A9C5"), new("WN", "Southwest Airlines", "#304CB2", "#F9B612"),
        new("AC", "Air Canada", "#1F1F1F", "#D22630"), new("WS", "WestJet", "#00354E", "#00A3AD"),
        new("AM", "Aeroméxico", "#0B2343", "#5F8FC0"), new("LA", "LATAM Airlines", "#2A1A6E", "#E4002B"),
        new("AV", "Avianca", "#B0001E", "#F4F4F4"), new("BA", "British Airways", "#0F2A55", "#C8102E"),
        new("VS", "Virgin Atlantic", "#7A0019", "#E10A0A"), new("AF", "Air France", "#002157", "#E1000F"),
        new("KL", "KLM Royal Dutch Airlines", "#00A1DE", "#003A70"), new("LH", "Lufthansa", "#05164D", "#F9B000"),
        new("IB", "Iberia", "#D7192D", "#FFC72C"), new("VY", "Vueling", "#4D4D4D", "#FFCC00"),
        new("AZ", "ITA Airways", "#0F3A5F", "#3FA9F5"), new("LX", "Swiss International Air Lines", "#C8102E", "#FFFFFF"),
        new("EI", "Aer Lingus", "#006272", "#71C5B8"), new("FR", "Ryanair", "#073590", "#F1C933"),
        new("TK", "Turkish Airlines", "#C70A0C", "#E6E6E6"), new("EK", "Emirates", "#8C1D18", "#D4AF37"),
        new("QR", "Qatar Airways", "#5C0632", "#A7A9AC"), new("AI", "Air India", "#A6192E", "#E87722"),
        new("6E", "IndiGo", "#001B94", "#5C6BC0"), new("SQ", "Singapore Airlines", "#0B2D6B", "#F0AB00"),
        new("CX", "Cathay Pacific", "#005D63", "#B8C4C6"), new("JL", "Japan Airlines", "#8B0000", "#E60012"),
        new("NH", "All Nippon Airways", "#13448F", "#00A0DE"), new("KE", "Korean Air", "#0064DE", "#7BC4E2"),
        new("QF", "Qantas", "#B30000", "#F2F2F2"), new("VA", "Virgin Australia", "#3C1053", "#E10A0A"),
        new("SA", "South African Airways", "#002F6C", "#00843D"), new("MS", "EgyptAir", "#00265D", "#C9A227"),
    ];

    /// <summary>For airlines an admin adds that have no mark of their own: the same shape in the site's colours.</summary>
    public static AirlineMark Generic(string code) => new(code, code, "#1E3A5F", "#3B82F6");

    private static readonly Dictionary<string, AirlineMark> ByCode = All.ToDictionary(m => m.Code);

    public static AirlineMark? ForCode(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>A flight number starts with its airline's two-character IATA code (AA100, 6E123).</summary>
    public static AirlineMark ForFlightNumber(string flightNumber)
    {
        var code = flightNumber.Length >= 2 ? flightNumber[..2].ToUpperInvariant() : flightNumber.ToUpperInvariant();
        return ForCode(code) ?? Generic(code);
    }
}
