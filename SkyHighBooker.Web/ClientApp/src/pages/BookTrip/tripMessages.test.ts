import { describe, expect, it } from 'vitest';
import { tripMessages } from './tripMessages';

describe('tripMessages', () => {
  it('puts each message next to the passenger or the flight it names, and keeps the rest for the booking as a whole', () => {
    const messages = tripMessages(
      {
        title: 'The booking is not valid.',
        status: 400,
        errors: {
          'passengers[1].name': ['Name is required, at most 200 characters.'],
          'segments[1].flightId': ['Segment 2 leaves ORD 40 minutes after segment 1 lands; the minimum connecting time there is 60 minutes.'],
          'segments[0].seats[1]': ['There is no seat 99Z on this Airbus A320.'],
          passengers: ['These seats would cost more than 99999999.99 USD.'],
        },
      },
      2,
      2,
    );

    expect(messages.passengers).toEqual([{}, { name: ['Name is required, at most 200 characters.'] }]);
    expect(messages.legs[0]).toEqual({ flight: [], seats: [[], ['There is no seat 99Z on this Airbus A320.']] });
    expect(messages.legs[1]!.flight[0]).toContain('minimum connecting time');
    expect(messages.general).toEqual(['These seats would cost more than 99999999.99 USD.']);
  });
});
