namespace SkyHighBooker.Api.Tests.Infrastructure;

// Collections run in parallel, each with its own ApiFixture (an Api, a Stripe stand-in and a database of its own), so
// a test sees only its collection's rows. Split so that each holds about a quarter of the run's test time.

/// <summary>Identity, platform, flights, admin.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "Api over PostgreSQL";
}

/// <summary>Bookings: seats, concurrency, idempotency; and the seeded timetable.</summary>
[CollectionDefinition(Name)]
public sealed class BookingsCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "Api over PostgreSQL: bookings";
}

/// <summary>Payments: Stripe, its webhooks and its failures.</summary>
[CollectionDefinition(Name)]
public sealed class PaymentsCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "Api over PostgreSQL: payments";
}

/// <summary>Money: cancellations, refunds and the races between them.</summary>
[CollectionDefinition(Name)]
public sealed class MoneyCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "Api over PostgreSQL: money";
}
