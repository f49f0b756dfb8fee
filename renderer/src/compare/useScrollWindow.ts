import { useEffect, useState, type RefObject } from 'react';

/** The visible part of a scroll container, as fractions of its whole height. */
export interface ScrollWindow {
  top: number;
  height: number;
}

/**
 * Tracks which fraction of `ref`'s content is on screen, for the overview strip's viewport box.
 * Updates at most once a frame while scrolling and when the content or container resizes.
 */
export function useScrollWindow(ref: RefObject<HTMLElement | null>): ScrollWindow {
  const [view, setView] = useState<ScrollWindow>({ top: 0, height: 1 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const total = Math.max(element.scrollHeight, 1);
      setView({ top: element.scrollTop / total, height: element.clientHeight / total });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener('scroll', schedule, { passive: true });
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', schedule);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref]);
  return view;
}
