import { placeholderArt, type Product } from '../../core/catalog/index.ts';
import { staysOnOrigin } from '../../core/catalog/text.ts';
import { useMessages } from '../hooks/use-messages.ts';

interface Props {
  product: Pick<Product, 'title' | 'categoryPath' | 'images'>;
  size: 'tile' | 'hero';
}

/** The product's own local image when it has one; otherwise a generated placeholder, never a remote URL. */
export function ProductArt({ product, size }: Props) {
  const t = useMessages();
  // Checked again here: a catalog kept on the kiosk from before may mark a foreign address as local.
  const local = product.images.find((image) => image.availableOffline && staysOnOrigin(image.src));
  if (local) return <img className={`art art-${size}`} src={local.src} alt="" loading="lazy" />;
  const art = placeholderArt(product);
  return (
    <svg
      className={`art art-${size}`}
      viewBox="0 0 160 120"
      role="img"
      aria-label={t.product.noPhoto(product.title)}
    >
      <rect width="160" height="120" fill={`hsl(${art.hue} 55% 88%)`} />
      <circle cx="80" cy="54" r="34" fill={`hsl(${art.hue} 45% 42%)`} />
      <text x="80" y="66" textAnchor="middle" fontSize="32" fontWeight="700" fill="#fff">
        {art.initials}
      </text>
      <text x="80" y="108" textAnchor="middle" fontSize="11" fill={`hsl(${art.hue} 40% 25%)`}>
        {art.label}
      </text>
    </svg>
  );
}
