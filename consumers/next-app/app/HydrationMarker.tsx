'use client';
import { useEffect } from 'react';

// Effects run only once React has hydrated the page, so the check knows when to look for
// hydration errors instead of guessing with a delay.
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
