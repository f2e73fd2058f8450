import { describe, expect, it } from 'vitest';
import { adminBookingParams, adminFlightParams } from './admin';

describe('adminFlightParams', () => {
  it('writes the filters in order, trimmed, leaving out empty ones', () => {
    const params = adminFlightParams({ flightNumber: ' sh1 ', from: 'JFK', to: '', date: '2026-12-01', status: 'cancelled', page: 2 });
    expect(params.toString()).toBe('flightNumber=sh1&from=JFK&date=2026-12-01&status=cancelled&page=2');
  });

  it('is empty without filters', () => {
    expect(adminFlightParams({ status: '' }).toString()).toBe('');
  });
});

describe('adminBookingParams', () => {
  it('writes every filter the Api reads', () => {
    const params = adminBookingParams({
      flightId: 'f1',
      status: 'confirmed',
      userId: 'u1',
      email: 'ada@example.com',
      createdFrom: '2026-11-01',
      createdTo: '2026-11-30',
      page: 3,
      pageSize: 50,
    });
    expect(params.toString()).toBe(
      'flightId=f1&status=confirmed&userId=u1&email=ada%40example.com&createdFrom=2026-11-01&createdTo=2026-11-30&page=3&pageSize=50',
    );
  });
});
