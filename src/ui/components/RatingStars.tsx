export function RatingStars({ average, count }: { average: number; count: number }) {
  const rounded = Math.round(average * 2) / 2;
  return (
    <span className="rating" aria-label={`Rated ${average.toFixed(1)} out of 5 from ${count} reviews`}>
      <span aria-hidden="true">{'★'.repeat(Math.floor(rounded)) + (rounded % 1 ? '½' : '')}</span>{' '}
      {average.toFixed(1)} ({count})
    </span>
  );
}
