/**
 * A small dataset for graph tests: three people, one body; an arrest (directed, dated), a
 * rivalry (undirected), two relations between the same pair (drawn as two curves), an alias
 * written as the notes misspell it, and an undated membership.
 */
import { Dataset, type DatasetInput } from "../../../src/model/schema";

export const smallDatasetInput: DatasetInput = {
  format: "dramatis/1",
  id: "small",
  title: "Small",
  sources: [{ id: "notes", title: "Notes", kind: "notes" }],
  entityTypes: [
    { id: "person", label: "Person", color: "#0072b2" },
    { id: "body", label: "Body", color: "#009e73" },
  ],
  relationTypes: [
    { id: "arrested", label: "arrested", inverse: "was arrested by", color: "#d55e00" },
    {
      id: "rivalled",
      label: "rivalled",
      inverse: "rivalled",
      directed: false,
      temporal: "state",
      color: "#cc79a7",
    },
    {
      id: "member-of",
      label: "was a member of",
      inverse: "had as a member",
      temporal: "state",
      color: "#999999",
    },
  ],
  entities: [
    {
      id: "khrushchev",
      type: "person",
      label: "Nikita Khrushchev",
      aliases: ["Khrushchev", "Khruschev"],
      summary: "First Secretary who outmanoeuvred his rivals.",
    },
    {
      id: "beria",
      type: "person",
      label: "Lavrentiy Beria",
      summary: "Chief of the secret police.",
    },
    { id: "malenkov", type: "person", label: "Georgy Malenkov", summary: "Premier after Stalin." },
    { id: "presidium", type: "body", label: "Presidium", summary: "The small ruling group." },
  ],
  relations: [
    { id: "k-arrested-b", type: "arrested", from: "khrushchev", to: "beria", start: "1953" },
    {
      id: "k-rivalled-m",
      type: "rivalled",
      from: "khrushchev",
      to: "malenkov",
      start: "1953",
      end: "1955",
    },
    { id: "m-arrested-k", type: "arrested", from: "malenkov", to: "khrushchev", start: "1957-06" },
    { id: "k-member-p", type: "member-of", from: "khrushchev", to: "presidium" },
  ],
};

export const smallDataset = Dataset.parse(smallDatasetInput);
