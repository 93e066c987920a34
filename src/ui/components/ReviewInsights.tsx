import { useMemo, useState } from 'react';
import { reviewInsights, type ReviewPoint } from '../../core/assistant/reviews/index.ts';
import type { Product, Review } from '../../core/catalog/index.ts';
import { useMessages } from '../hooks/use-messages.ts';

/** The product's reviews summed up without a model: star bars, the mood, pros and cons, two sentences. */
export function ReviewInsights({
  reviews,
  rating,
}: {
  reviews: readonly Review[];
  /** The catalog's rating, shown on the card, in the header and by the assistant: one rating everywhere. */
  rating: Product['rating'];
}) {
  const t = useMessages();
  const insights = useMemo(() => reviewInsights(reviews), [reviews]);
  const [open, setOpen] = useState<string | null>(null);
  if (insights.reviewCount === 0) return null;
  const widest = Math.max(1, ...Object.values(insights.histogram));
  const average = rating?.average ?? insights.averageRating;

  const chips = (kind: 'pro' | 'con', points: readonly ReviewPoint[]) =>
    points.map((point) => {
      const key = `${kind}:${point.phrase}`;
      return (
        <li key={key}>
          <button
            type="button"
            className={`insight-chip insight-${kind}`}
            aria-expanded={open === key}
            onClick={() => setOpen(open === key ? null : key)}
            data-testid={`reviews.${kind}`}
          >
            {point.phrase} <span className="insight-count">{point.count}</span>
          </button>
          {open === key && (
            <q className="insight-quote" data-testid="reviews.quote">
              {point.quote}
            </q>
          )}
        </li>
      );
    });

  return (
    <section className="panel review-insights" data-testid="reviews.panel" aria-label={t.reviews.heading}>
      <h2>{t.reviews.heading}</h2>
      <p className={`sentiment sentiment-${insights.sentiment.label}`} data-testid="reviews.sentiment">
        {t.reviews.sentiment[insights.sentiment.label]}
        {average !== null && t.reviews.average(average.toFixed(1))}
      </p>
      <ol className="histogram" aria-label={t.reviews.byStars}>
        {([5, 4, 3, 2, 1] as const).map((stars) => (
          <li key={stars} data-testid="reviews.bar">
            <span>{stars}★</span>
            <span className="histogram-track">
              <span
                className="histogram-fill"
                style={{ width: `${(insights.histogram[stars] / widest) * 100}%` }}
              />
            </span>
            <span>{insights.histogram[stars]}</span>
          </li>
        ))}
      </ol>
      {insights.pros.length > 0 && <ul className="insight-chips">{chips('pro', insights.pros)}</ul>}
      {insights.cons.length > 0 && <ul className="insight-chips">{chips('con', insights.cons)}</ul>}
      <p data-testid="reviews.summary">{insights.summary}</p>
    </section>
  );
}
