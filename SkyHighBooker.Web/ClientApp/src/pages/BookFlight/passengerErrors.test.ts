import { describe, expect, it } from 'vitest';
import { bookingMessages } from './passengerErrors';

describe('bookingMessages', () => {
  it('puts each message next to the field of the passenger it names', () => {
    const messages = bookingMessages(
      {
        errors: {
          'passengers[1].seat': ['Seat 12A just went to someone else; choose another.'],
          'passengers[0].email': ['A valid email address is required.'],
        },
      },
      2,
    );

    expect(messages.passengers).toEqual([
      { email: ['A valid email address is required.'] },
      { seat: ['Seat 12A just went to someone else; choose another.'] },
    ]);
    expect(messages.general).toEqual([]);
  });

  it('keeps messages about the whole booking, or about no field shown, for the general alert', () => {
    const messages = bookingMessages(
      { errors: { passengers: ['Each passenger needs their own seat.'], flightId: ['This flight is cancelled.'] } },
      1,
    );

    expect(messages.passengers).toEqual([{}]);
    expect(messages.general).toEqual(['Each passenger needs their own seat.', 'This flight is cancelled.']);
  });

  it('has nothing to show without a problem', () => {
    expect(bookingMessages(null, 2)).toEqual({ passengers: [{}, {}], general: [] });
  });
});
