import { useMessages } from '../hooks/use-messages.ts';

export function RatingStars({ average, count }: { average: number; count: number }) {
  const t = useMessages();
  const rounded = Math.round(average * 2) / 2;
  return (
    <span className="rating" aria-label={t.product.rated(average.toFixed(1), count)}>
      <span aria-hidden="true">{'★'.repeat(Math.floor(rounded)) + (rounded % 1 ? '½' : '')}</span>{' '}
      {average.toFixed(1)} ({count})
    </span>
  );
}
