import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Test files share one jsdom (isolate: false in vite.config.ts): nothing a test leaves behind may reach the next one.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
  sessionStorage.clear();
});

// jsdom has no layout: scrolling is a no-op here rather than a "not implemented" warning.
window.scrollTo = () => undefined;
