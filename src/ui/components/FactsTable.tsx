/** Name and value rows, as the product page's facts and the staff's diagnostics show them. */
export function FactsTable({ rows, testId }: { rows: readonly [string, string][]; testId?: string }) {
  return (
    <table className="facts" data-testid={testId}>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
