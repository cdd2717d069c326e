/**
 * One search box for entities and relations, following the ARIA combobox pattern: ↓ and ↑ move
 * through the options, Enter opens the active one (or the first), Escape closes the list and
 * then clears the box. Focus stays in the input; the active option is announced through
 * aria-activedescendant.
 */
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { EntitySearch } from "../graph/search";
import { relationClaim } from "../graph/query";
import { formatDateRange } from "../model/time";
import type { ExplorerAction } from "../state/explorer";
import { networkWords, searchPlaceholder } from "../scene/words";
import { useExplorer } from "./context";

interface Option {
  key: string;
  label: string;
  detail: string;
  color: string | undefined;
  group: string;
  action: ExplorerAction;
}

export function SearchBox({
  search,
  label = "Search entities and relations",
  placeholder,
  onChooseEntity,
}: {
  /** Null while a large dataset is still being indexed. */
  search: EntitySearch | null;
  label?: string;
  placeholder?: string;
  /** When given, the box picks an entity for its caller (relations are not offered). */
  onChooseEntity?: (entityId: string) => void;
}) {
  const { catalog, dispatch, scene } = useExplorer();
  // The open network's own words, not the built-in dataset's.
  const words = useMemo(() => networkWords(catalog.dataset), [catalog.dataset]);
  const { filtered } = scene;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  const options = useMemo<Option[]>(() => {
    if (!search) return [];
    const results = search.search(query);
    // Filters apply to search as to the graph: hidden kinds are not offered.
    const entityOptions = results.entities
      .filter((entity) => !filtered || filtered.entities.has(entity.id))
      .map((entity) => ({
        key: `entity:${entity.id}`,
        label: entity.label,
        detail: catalog.entityType.get(entity.type)?.label ?? entity.type,
        color: catalog.entityType.get(entity.type)?.color,
        group: "Entities",
        action: { type: "select-entity", id: entity.id } as const,
      }));
    if (onChooseEntity) return entityOptions;
    const relationOptions = results.relationTypes.flatMap((hit) =>
      hit.relations
        .filter((relation) => !filtered || filtered.relations.has(relation.id))
        .map((relation) => ({
          key: `relation:${relation.id}`,
          label: relationClaim(catalog, relation),
          detail: formatDateRange(relation.start, relation.end) ?? "undated",
          color: hit.type.color,
          group: `Relations: ${hit.type.label}`,
          action: { type: "select-relation", id: relation.id } as const,
        })),
    );
    return [...entityOptions, ...relationOptions];
  }, [search, catalog, query, filtered, onChooseEntity]);

  const expanded = open && query.trim() !== "";
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (onChooseEntity && option.action.type === "select-entity") onChooseEntity(option.action.id);
    else dispatch(option.action);
    setOpen(false);
    setQuery(option.label);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        setActive(expanded ? (activeIndex + 1) % Math.max(options.length, 1) : 0);
        break;
      case "ArrowUp":
        event.preventDefault();
        setOpen(true);
        setActive(
          expanded
            ? (activeIndex - 1 + options.length) % Math.max(options.length, 1)
            : Math.max(options.length - 1, 0),
        );
        break;
      case "Enter":
        if (expanded) {
          event.preventDefault();
          choose(options[activeIndex]);
        }
        break;
      case "Escape":
        // Handled here, not by the page: the first Escape closes the list, the next clears.
        // preventDefault too, or the browser clears a search field on the first Escape.
        event.preventDefault();
        event.stopPropagation();
        if (expanded) setOpen(false);
        else setQuery("");
        break;
    }
  };

  let lastGroup = "";
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options.length > 0 ? optionId(activeIndex) : undefined}
        placeholder={placeholder ?? searchPlaceholder(words)}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(event) => event.target.select()}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="search-results"
        hidden={!expanded}
      >
        {expanded && options.length === 0 && (
          <li className="search-empty" role="presentation">
            {search
              ? `Nothing matches “${query.trim()}”.`
              : "Still indexing the names; results will appear in a moment."}
          </li>
        )}
        {expanded &&
          options.map((option, index) => {
            const heading = option.group !== lastGroup ? option.group : null;
            lastGroup = option.group;
            return [
              heading && (
                <li key={`h-${option.key}`} role="presentation" className="search-group">
                  {heading}
                </li>
              ),
              <li
                key={option.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className="search-option"
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option);
                }}
                onMouseMove={() => setActive(index)}
              >
                <span
                  className="type-dot"
                  style={{ background: option.color }}
                  aria-hidden="true"
                />
                <span className="option-label">{option.label}</span>
                <span className="option-detail">{option.detail}</span>
              </li>,
            ];
          })}
      </ul>
    </div>
  );
}
