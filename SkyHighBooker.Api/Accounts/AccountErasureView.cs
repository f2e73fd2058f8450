namespace SkyHighBooker.Api.Accounts;

/// <summary>
/// What erasing the account did: the future bookings cancelled, the money on them being refunded (the Worker makes the
/// refunds), and the bookings kept for the airline's records with the personal data on them replaced.
/// </summary>
public sealed record AccountErasureView(int CancelledBookings, decimal RefundedAmount, int AnonymisedBookings);
