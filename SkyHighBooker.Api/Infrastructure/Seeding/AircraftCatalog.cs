namespace SkyHighBooker.Api.Infrastructure.Seeding;

internal static class AircraftCatalog
{
    public sealed record AircraftType(string Name, int Seats);

    private static readonly AircraftType[] Regional = [new("Embraer E175", 76), new("Airbus A220-300", 140)];
    private static readonly AircraftType[] NarrowBody = [new("Airbus A320neo", 180), new("Boeing 737-800", 189), new("Airbus A321neo", 196)];
    private static readonly AircraftType[] MidHaul = [new("Boeing 737 MAX 8", 178), new("Airbus A321LR", 206), new("Boeing 757-200", 199)];
    private static readonly AircraftType[] WideBody = [new("Boeing 787-9", 290), new("Airbus A330-900", 287), new("Airbus A350-900", 325)];
    private static readonly AircraftType[] LongHaul = [new("Airbus A350-1000", 350), new("Boeing 777-300ER", 396), new("Boeing 787-10", 318)];

    /// <summary>Every type the timetable flies (one image each under flights/aircraft-images/).</summary>
    public static IEnumerable<AircraftType> All => [.. Regional, .. NarrowBody, .. MidHaul, .. WideBody, .. LongHaul];

    public static AircraftType For(double distanceKm, int hubSizeSum, int routeHash)
    {
        var family = distanceKm switch
        {
            < 900 when hubSizeSum <= 6 => Regional,
            < 2500 => NarrowBody,
            < 5000 => MidHaul,
            < 9500 => WideBody,
            _ => LongHaul
        };
        return family[routeHash % family.Length];
    }
}
