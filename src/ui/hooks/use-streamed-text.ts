import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Text that grows token by token, rendered at most once per animation frame however fast tokens arrive.
 */
export function useStreamedText(): { text: string; append(chunk: string): void; reset(): void } {
  const [text, setText] = useState('');
  const buffer = useRef('');
  const frame = useRef<number | null>(null);

  const append = useCallback((chunk: string) => {
    buffer.current += chunk;
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      setText(buffer.current);
    });
  }, []);
  const reset = useCallback(() => {
    buffer.current = '';
    setText('');
  }, []);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return { text, append, reset };
}
