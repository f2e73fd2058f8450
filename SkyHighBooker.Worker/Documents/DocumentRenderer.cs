using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Documents;

/// <summary>Picks the renderer for a job's kind.</summary>
public sealed class DocumentRenderer
{
    private readonly BoardingPassRenderer boardingPass = new();
    private readonly ReceiptRenderer receipt = new();
    private readonly ConfirmationRenderer confirmation = new();
    private readonly CancellationNoticeRenderer cancellation = new();

    public byte[] Render(ClaimedJob job, DocumentBooking booking) => job.Kind switch
    {
        "boarding_pass" => boardingPass.Render(Boardable(booking), booking.Passengers.Single(p => p.Position == job.PassengerPosition)),
        "receipt" => receipt.Render(booking),
        "confirmation" => confirmation.Render(booking),
        "cancellation_notice" => cancellation.Render(booking),
        _ => throw new InvalidOperationException($"unknown document kind '{job.Kind}'"),
    };

    /// <summary>A boarding pass gets its holder through the gate, so none is ever drawn for a booking that is not confirmed.</summary>
    private static DocumentBooking Boardable(DocumentBooking booking) => booking.Status == "confirmed" ? booking
        : throw new InvalidOperationException($"booking {booking.Reference} is {booking.Status}: a boarding pass is drawn only for a confirmed booking");
}
