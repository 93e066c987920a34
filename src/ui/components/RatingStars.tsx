import { useMessages } from '../hooks/use-messages.ts';

export function RatingStars({ average, count }: { average: number; count: number }) {
  const t = useMessages();
  const rounded = Math.round(average * 2) / 2;
  return (
    // An image of stars to assistive technology, named by the sentence (aria-label needs a role on a span).
    <span className="rating" role="img" aria-label={t.product.rated(average.toFixed(1), count)}>
      <span aria-hidden="true">{'★'.repeat(Math.floor(rounded)) + (rounded % 1 ? '½' : '')}</span>{' '}
      {average.toFixed(1)} ({count})
    </span>
  );
}
