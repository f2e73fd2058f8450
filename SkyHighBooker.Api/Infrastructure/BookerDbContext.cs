using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Accounts;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Emails;
using SkyHighBooker.Api.Flights;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Infrastructure.Seeding;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.RateLimiting;
using SkyHighBooker.Api.Seats;
using SkyHighBooker.Api.TravelDocuments;

namespace SkyHighBooker.Api.Infrastructure;

public sealed class BookerDbContext : DbContext
{
    public BookerDbContext(DbContextOptions<BookerDbContext> options) : base(options)
    {
        // SaveChanges inside our transactions is never retried on its own: a failure fails the whole transaction,
        // so EF's savepoint around it would only add two round trips.
        Database.AutoSavepointsEnabled = false;
    }

    public DbSet<Airport> Airports => Set<Airport>();
    public DbSet<Flight> Flights => Set<Flight>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<SeededScheduleDay> SeededScheduleDays => Set<SeededScheduleDay>();
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<BookingPassenger> BookingPassengers => Set<BookingPassenger>();
    public DbSet<BookingSegment> BookingSegments => Set<BookingSegment>();
    public DbSet<SegmentSeat> SegmentSeats => Set<SegmentSeat>();
    public DbSet<SeatAssignment> SeatAssignments => Set<SeatAssignment>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<RateLimitWindow> RateLimitWindows => Set<RateLimitWindow>();
    public DbSet<DocumentJob> DocumentJobs => Set<DocumentJob>();
    public DbSet<PaymentJob> PaymentJobs => Set<PaymentJob>();
    public DbSet<EmailJob> EmailJobs => Set<EmailJob>();
    public DbSet<TravelDocument> TravelDocuments => Set<TravelDocument>();
    public DbSet<AccountErasureJob> AccountErasureJobs => Set<AccountErasureJob>();
    public DbSet<ErasedAccount> ErasedAccounts => Set<ErasedAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BookerDbContext).Assembly);
}
