import type { Product } from '../../core/catalog/index.ts';
import type { AnswerCard } from '../../core/shop/shop-service.ts';
import type { ChatMessage } from '../../state/chat-slice.ts';
import { useMessages } from '../hooks/use-messages.ts';
import { routeHref } from '../route.ts';
import { CompareTableView } from './CompareTableView.tsx';
import { PriceTag } from './PriceTag.tsx';
import { ReadAloud } from './ReadAloud.tsx';
import { ProductArt } from './ProductArt.tsx';
import { AvailabilityBadge } from './AvailabilityBadge.tsx';

/** A product under an answer: everything on it comes from the catalog, and a tap opens the product. */
function AnswerCardView({ product, reason }: { product: Product; reason: string }) {
  return (
    <a
      className="card answer-card"
      href={routeHref({ screen: 'product', productId: product.id })}
      data-testid="chat.card"
    >
      <ProductArt product={product} size="tile" />
      <span className="card-title" data-testid="chat.card.title">
        {product.title}
      </span>
      <PriceTag product={product} />
      <AvailabilityBadge product={product} />
      {reason && <span className="card-reason">{reason}</span>}
    </a>
  );
}

/** One message of the chat: the shopper's words, or the assistant's answer with its cards and table. */
export function ChatBubble({
  message,
  cards,
  products,
}: {
  message: ChatMessage;
  /** The answer's cards to show (an answer about a product already shown does not repeat its card). */
  cards: readonly AnswerCard[];
  products: Map<string, Product>;
}) {
  const t = useMessages();
  if (message.role === 'shopper')
    return (
      <p className="bubble bubble-shopper" data-testid="chat.question">
        {message.text}
      </p>
    );
  return (
    <section className="bubble bubble-assistant" data-testid="chat.answer" aria-live="polite">
      {cards.length > 0 && (
        <div className="answer-cards">
          {cards.map((card) => {
            const product = products.get(card.id);
            return product ? <AnswerCardView key={card.id} product={product} reason={card.reason} /> : null;
          })}
        </div>
      )}
      {message.compare && <CompareTableView table={message.compare} products={products} />}
      <p className="answer-text" data-testid="chat.answer.text">
        {message.text || (message.status === 'answering' ? '…' : '')}
        {message.status === 'stopped' && <span className="answer-note">{t.chat.stopped}</span>}
      </p>
      {message.status === 'done' && <ReadAloud text={message.text} />}
    </section>
  );
}
