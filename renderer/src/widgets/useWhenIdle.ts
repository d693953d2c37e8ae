// True once the browser has been idle after `ready` became true: for work that must not stand between a page load
// and its first painted grid (the charts of Oversikt cost more than the grid itself).
import { useEffect, useState } from 'react';

export function useWhenIdle(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: 1_000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), 200);
    return () => clearTimeout(timer);
  }, [ready, idle]);
  return idle;
}
