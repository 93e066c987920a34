import type { Product } from '../../core/catalog/index.ts';
import type { CompareTable } from '../../core/shop/shop-service.ts';
import { useMessages } from '../hooks/use-messages.ts';

/** The side-by-side table of a comparison, from catalog data. */
export function CompareTableView({
  table,
  products,
}: {
  table: CompareTable;
  products: Map<string, Product>;
}) {
  const t = useMessages().chat;
  return (
    <div className="compare-scroll">
      <table className="compare-table" data-testid="chat.compare">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t.compareFeature}</span>
            </th>
            {table.productIds.map((id) => (
              <th scope="col" key={id}>
                {products.get(id)?.title ?? id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, index) => (
                <td key={table.productIds[index] ?? index}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
