using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

/// <summary>Bookings to render: an ordinary one, a full one (nine passengers, a very long name), unpaid and cancelled ones.</summary>
public static class SampleBookings
{
    public static readonly DocumentFlight Flight = new(
        FlightNumber: "SH834", Airline: "Sky High Airways", FromCode: "YUL", FromCity: "Montréal", ToCode: "FRA", ToCity: "Frankfurt am Main",
        DepartureLocal: new DateTimeOffset(2027, 11, 22, 18, 35, 0, TimeSpan.FromHours(-5)),
        ArrivalLocal: new DateTimeOffset(2027, 11, 23, 8, 40, 0, TimeSpan.FromHours(1)),
        Aircraft: "Airbus A330-300", DurationMinutes: 425,
        FromLocation: new(45.4706, -73.7408), ToLocation: new(50.0379, 8.5622));

    public const string LongName = "Maximiliana Alexandra Konstantina von Hohenzollern-Sigmaringen"; // 62 characters

    public static DocumentBooking Paid() => new(
        BookingId: Guid.Parse("6f1d2a8e-3b7c-4c55-9a0e-1f2b3c4d5e6f"), Reference: "ABC123", Status: "confirmed",
        CreatedAt: new DateTimeOffset(2027, 10, 1, 9, 15, 0, TimeSpan.Zero), Flight: Flight,
        Passengers:
        [
            new DocumentPassenger(1, "Luc Desmarais", "luc.desmarais@example.com", "1A", "business", 1899.00m),
            new DocumentPassenger(2, "Élodie Tremblay-Gagnon", "elodie@example.com", "12C", "premium_economy", 899.50m),
            new DocumentPassenger(3, "Sam O'Neil", "sam@example.com", "34F", "economy", 459.25m),
        ],
        TotalAmount: 3257.75m, Currency: "EUR",
        Payment: new DocumentPayment("card", "completed", 3257.75m, "EUR", "pi_3QxZk2LmN8pQrStU1vWxYz9A",
            new DateTimeOffset(2027, 10, 1, 9, 17, 42, TimeSpan.Zero)));

    public static DocumentBooking Full()
    {
        string[] names =
        [
            LongName, "Ana Lima", "Bjørn Ødegård", "Chloé Dubois", "Dmitri Volkov", "Emma Brown",
            "Fatima Zahra El Idrissi", "Grace Hopper", "Hiroshi Tanaka",
        ];
        var passengers = names.Select((name, i) => new DocumentPassenger(i + 1, name,
            $"{name.Split(' ')[0].ToLowerInvariant()}@example.com", $"{20 + i}{"ABCDEF"[i % 6]}", i < 2 ? "business" : "economy",
            i < 2 ? 1899.00m : 459.25m)).ToList();
        return Paid() with
        {
            Reference = "XYZ789", Passengers = passengers, TotalAmount = passengers.Sum(p => p.Fare),
            Payment = new DocumentPayment("card", "completed", passengers.Sum(p => p.Fare), "EUR", "pi_full_booking_0001",
                new DateTimeOffset(2027, 10, 2, 11, 0, 0, TimeSpan.Zero)),
        };
    }

    /// <summary>Latin with diacritics, Greek, Cyrillic, Japanese (kanji) and Korean (Hangul), as their owners write them.</summary>
    public static readonly string[] NamesInEveryScript = ["Zoë Ångström", "Γιώργος Παπαδόπουλος", "Анна Щукина", "山田 太郎", "김민준"];

    public static DocumentBooking EveryScript()
    {
        var passengers = NamesInEveryScript.Select((name, i) => new DocumentPassenger(i + 1, name, $"traveller{i + 1}@example.com",
            $"{14 + i}{"ABCDEF"[i]}", "economy", 459.25m)).ToList();
        return Paid() with
        {
            BookingId = Guid.Parse("0b6c1f3e-9d2a-4e7b-8c5d-2a1f0e9d8c7b"), Reference = "JKL456", Passengers = passengers,
            TotalAmount = passengers.Sum(p => p.Fare),
            Payment = Paid().Payment! with { Amount = passengers.Sum(p => p.Fare) },
        };
    }

    public static DocumentBooking Unpaid() => Paid() with { Status = "pending_payment", Payment = null };

    public static DocumentBooking Cancelled() => Paid() with
    {
        Status = "cancelled",
        Payment = Paid().Payment! with { Status = "refunded" },
    };

    public static readonly DocumentFlight Onward = new(
        FlightNumber: "SH2210", Airline: "Sky High Airways", FromCode: "FRA", FromCity: "Frankfurt am Main", ToCode: "ATH", ToCity: "Athens",
        DepartureLocal: new DateTimeOffset(2027, 11, 23, 10, 15, 0, TimeSpan.FromHours(1)),
        ArrivalLocal: new DateTimeOffset(2027, 11, 23, 14, 5, 0, TimeSpan.FromHours(2)),
        Aircraft: "Airbus A320", DurationMinutes: 170,
        FromLocation: new(50.0379, 8.5622), ToLocation: new(37.9364, 23.9445));

    /// <summary>Two passengers on a connection, YUL→FRA→ATH: other seats and another cabin on the second flight.</summary>
    public static DocumentBooking Connection()
    {
        DocumentSegment[] legs =
        [
            new(1, Flight, [new(1, "1A", "business", 1899.00m), new(2, "12C", "premium_economy", 899.50m)]),
            new(2, Onward, [new(1, "3D", "economy", 210.00m), new(2, "3E", "economy", 210.00m)]),
        ];
        var total = legs.Sum(l => l.Seats.Sum(s => s.Fare));
        return Paid() with
        {
            BookingId = Guid.Parse("a3c4e5f6-0718-4a2b-9c3d-4e5f60718293"), Reference = "CNX246",
            Passengers =
            [
                new DocumentPassenger(1, "Luc Desmarais", "luc.desmarais@example.com", "1A", "business", 2109.00m),
                new DocumentPassenger(2, "Élodie Tremblay-Gagnon", "elodie@example.com", "12C", "premium_economy", 1109.50m),
            ],
            TotalAmount = total, Segments = legs,
            Payment = Paid().Payment! with { Amount = total },
        };
    }
}
