import type { BookingView, PaymentView } from '../api';

/** Ada's confirmed booking of one seat on SH101. */
export const confirmedBooking: BookingView = {
  id: 'b1',
  reference: 'ABC123',
  flightId: 'f1',
  flightNumber: 'SH101',
  airline: 'Sky High',
  from: 'JFK',
  to: 'LAX',
  departureTime: '2026-12-01T13:30:00+00:00',
  passengerName: 'Ada Lovelace',
  passengerEmail: 'ada@example.com',
  seatNumber: '2A',
  status: 'confirmed',
  holdExpiresAt: null,
  totalAmount: 123.45,
  currency: 'USD',
  passengers: [{ name: 'Ada Lovelace', email: 'ada@example.com', seat: '2A', cabin: 'economy', fare: 123.45 }],
  createdAt: '2026-11-25T10:00:00Z',
  segments: [
    {
      position: 1,
      flightId: 'f1',
      flightNumber: 'SH101',
      airline: 'Sky High',
      from: 'JFK',
      to: 'LAX',
      departureTime: '2026-12-01T13:30:00+00:00',
      arrivalTime: '2026-12-01T16:45:00-08:00',
      seats: [{ passenger: 1, seat: '2A', cabin: 'economy', fare: 123.45 }],
    },
  ],
};

/** The card payment that paid for it. */
export const completedPayment: PaymentView = {
  id: 'p1',
  bookingId: 'b1',
  method: 'card',
  status: 'completed',
  amount: 123.45,
  currency: 'USD',
  transactionId: 'pi_1',
  clientSecret: null,
  publishableKey: null,
  stripeApiBase: null,
  createdAt: '2026-11-25T10:00:00Z',
};
