using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Infrastructure.Seeding;

/// <summary>Real airports the seed schedule flies between. HubSize (1–5) drives how often a route is flown.</summary>
internal static class AirportCatalog
{
    public sealed record Entry(Airport Airport, int HubSize, string Region);

    public static readonly IReadOnlyList<Entry> All =
    [
        Us("JFK", "New York", "John F. Kennedy International Airport", "America/New_York", 40.6413, -73.7781, 5),
        Us("LGA", "New York", "LaGuardia Airport", "America/New_York", 40.7769, -73.8740, 3),
        Us("EWR", "Newark", "Newark Liberty International Airport", "America/New_York", 40.6895, -74.1745, 4),
        Us("BOS", "Boston", "Logan International Airport", "America/New_York", 42.3656, -71.0096, 4),
        Us("IAD", "Washington", "Washington Dulles International Airport", "America/New_York", 38.9531, -77.4565, 3),
        Us("ATL", "Atlanta", "Hartsfield-Jackson Atlanta International Airport", "America/New_York", 33.6407, -84.4277, 5),
        Us("MIA", "Miami", "Miami International Airport", "America/New_York", 25.7959, -80.2870, 4),
        Us("MCO", "Orlando", "Orlando International Airport", "America/New_York", 28.4312, -81.3081, 3),
        Us("ORD", "Chicago", "O'Hare International Airport", "America/Chicago", 41.9742, -87.9073, 5),
        Us("DFW", "Dallas", "Dallas/Fort Worth International Airport", "America/Chicago", 32.8998, -97.0403, 5),
        Us("IAH", "Houston", "George Bush Intercontinental Airport", "America/Chicago", 29.9902, -95.3368, 4),
        Us("MSP", "Minneapolis", "Minneapolis-Saint Paul International Airport", "America/Chicago", 44.8848, -93.2223, 3),
        Us("DEN", "Denver", "Denver International Airport", "America/Denver", 39.8561, -104.6737, 5),
        Us("PHX", "Phoenix", "Phoenix Sky Harbor International Airport", "America/Phoenix", 33.4352, -112.0101, 3),
        Us("LAS", "Las Vegas", "Harry Reid International Airport", "America/Los_Angeles", 36.0840, -115.1537, 4),
        Us("LAX", "Los Angeles", "Los Angeles International Airport", "America/Los_Angeles", 33.9416, -118.4085, 5),
        Us("SFO", "San Francisco", "San Francisco International Airport", "America/Los_Angeles", 37.6213, -122.3790, 5),
        Us("SEA", "Seattle", "Seattle-Tacoma International Airport", "America/Los_Angeles", 47.4502, -122.3088, 4),
        Us("SAN", "San Diego", "San Diego International Airport", "America/Los_Angeles", 32.7338, -117.1933, 3),
        Us("HNL", "Honolulu", "Daniel K. Inouye International Airport", "Pacific/Honolulu", 21.3187, -157.9225, 2),
        Other("YYZ", "Toronto", "Toronto Pearson International Airport", "Canada", "America/Toronto", 43.6777, -79.6248, 4, "North America"),
        Other("YVR", "Vancouver", "Vancouver International Airport", "Canada", "America/Vancouver", 49.1967, -123.1815, 3, "North America"),
        Other("MEX", "Mexico City", "Mexico City International Airport", "Mexico", "America/Mexico_City", 19.4361, -99.0719, 4, "North America"),
        Other("GRU", "São Paulo", "São Paulo/Guarulhos International Airport", "Brazil", "America/Sao_Paulo", -23.4356, -46.4731, 3, "South America"),
        Other("BOG", "Bogotá", "El Dorado International Airport", "Colombia", "America/Bogota", 4.7016, -74.1469, 2, "South America"),
        Other("LHR", "London", "Heathrow Airport", "United Kingdom", "Europe/London", 51.4700, -0.4543, 5, "Europe"),
        Other("LGW", "London", "Gatwick Airport", "United Kingdom", "Europe/London", 51.1537, -0.1821, 3, "Europe"),
        Other("CDG", "Paris", "Charles de Gaulle Airport", "France", "Europe/Paris", 49.0097, 2.5479, 5, "Europe"),
        Other("AMS", "Amsterdam", "Amsterdam Airport Schiphol", "Netherlands", "Europe/Amsterdam", 52.3105, 4.7683, 5, "Europe"),
        Other("FRA", "Frankfurt", "Frankfurt Airport", "Germany", "Europe/Berlin", 50.0379, 8.5622, 5, "Europe"),
        Other("MUC", "Munich", "Munich Airport", "Germany", "Europe/Berlin", 48.3537, 11.7750, 4, "Europe"),
        Other("MAD", "Madrid", "Adolfo Suárez Madrid-Barajas Airport", "Spain", "Europe/Madrid", 40.4983, -3.5676, 4, "Europe"),
        Other("BCN", "Barcelona", "Josep Tarradellas Barcelona-El Prat Airport", "Spain", "Europe/Madrid", 41.2974, 2.0833, 3, "Europe"),
        Other("FCO", "Rome", "Leonardo da Vinci-Fiumicino Airport", "Italy", "Europe/Rome", 41.8003, 12.2389, 4, "Europe"),
        Other("ZRH", "Zurich", "Zurich Airport", "Switzerland", "Europe/Zurich", 47.4582, 8.5555, 3, "Europe"),
        Other("DUB", "Dublin", "Dublin Airport", "Ireland", "Europe/Dublin", 53.4264, -6.2499, 3, "Europe"),
        Other("IST", "Istanbul", "Istanbul Airport", "Türkiye", "Europe/Istanbul", 41.2753, 28.7519, 4, "Europe"),
        Other("DXB", "Dubai", "Dubai International Airport", "United Arab Emirates", "Asia/Dubai", 25.2532, 55.3657, 5, "Middle East"),
        Other("DOH", "Doha", "Hamad International Airport", "Qatar", "Asia/Qatar", 25.2731, 51.6081, 4, "Middle East"),
        Other("DEL", "Delhi", "Indira Gandhi International Airport", "India", "Asia/Kolkata", 28.5562, 77.1000, 4, "Asia"),
        Other("BOM", "Mumbai", "Chhatrapati Shivaji Maharaj International Airport", "India", "Asia/Kolkata", 19.0896, 72.8656, 3, "Asia"),
        Other("SIN", "Singapore", "Singapore Changi Airport", "Singapore", "Asia/Singapore", 1.3644, 103.9915, 5, "Asia"),
        Other("HKG", "Hong Kong", "Hong Kong International Airport", "Hong Kong", "Asia/Hong_Kong", 22.3080, 113.9185, 4, "Asia"),
        Other("NRT", "Tokyo", "Narita International Airport", "Japan", "Asia/Tokyo", 35.7720, 140.3929, 4, "Asia"),
        Other("HND", "Tokyo", "Haneda Airport", "Japan", "Asia/Tokyo", 35.5494, 139.7798, 5, "Asia"),
        Other("ICN", "Seoul", "Incheon International Airport", "South Korea", "Asia/Seoul", 37.4602, 126.4407, 4, "Asia"),
        Other("SYD", "Sydney", "Sydney Kingsford Smith Airport", "Australia", "Australia/Sydney", -33.9399, 151.1753, 4, "Oceania"),
        Other("MEL", "Melbourne", "Melbourne Airport", "Australia", "Australia/Melbourne", -37.6690, 144.8410, 3, "Oceania"),
        Other("JNB", "Johannesburg", "O. R. Tambo International Airport", "South Africa", "Africa/Johannesburg", -26.1367, 28.2411, 3, "Africa"),
        Other("CAI", "Cairo", "Cairo International Airport", "Egypt", "Africa/Cairo", 30.1219, 31.4056, 2, "Africa"),
    ];

    private static Entry Us(string code, string city, string name, string timeZone, double lat, double lon, int hubSize) =>
        Other(code, city, name, "United States", timeZone, lat, lon, hubSize, "North America");

    private static Entry Other(string code, string city, string name, string country, string timeZone,
        double lat, double lon, int hubSize, string region) =>
        new(new Airport { Code = code, City = city, Name = name, Country = country, TimeZone = timeZone, Latitude = lat, Longitude = lon },
            hubSize, region);
}
