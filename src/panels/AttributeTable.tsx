/**
 * What the file an entity or relation came from says of it beyond the format's fields (genre,
 * weight, a birth year): a two-column table, values as text, never as markup. A table, so that a
 * screen reader announces each value with its name.
 */
import { attributeEntries, attributeKind, attributeText } from "../model/attributes";
import type { Attributes } from "../model/schema";

export function AttributeTable({
  attributes,
  caption,
}: {
  attributes: Attributes | undefined;
  caption: string;
}) {
  const entries = attributeEntries(attributes);
  if (entries.length === 0) return null;
  return (
    <table className="attribute-table">
      <caption className="section-title">{caption}</caption>
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td className={`attribute-${attributeKind(value)}`}>{attributeText(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
