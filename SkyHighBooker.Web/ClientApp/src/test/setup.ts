import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Test files share one jsdom (isolate: false in vite.config.ts): nothing a test leaves behind may reach the next one.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
  sessionStorage.clear();
});

// findBy… and waitFor wait up to 10 s, not Testing Library's 1 s: beside the .NET tests on two busy cores, a search page
// rendering its fares, flights and connections took longer than 1 s to show them (a failed CI run). A missing element
// still fails, later.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout: scrolling is a no-op here rather than a "not implemented" warning.
window.scrollTo = () => undefined;
