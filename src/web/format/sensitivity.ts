/**
 * Sensitivity badges: every record carries one (public < internal < confidential), and the web app shows it
 * beside the record, in words, so nobody copies an internal record into a public text by mistake.
 */

export const SENSITIVITIES = ["public", "internal", "confidential"] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export interface Badge {
  label: string;
  /** The CSS class of the badge (styles.css). */
  className: string;
  /** What the level means, for a title or a screen reader. */
  description: string;
}

const BADGES: Readonly<Record<Sensitivity, Badge>> = {
  public: {
    label: "Public",
    className: "badge badge-public",
    description: "may be published",
  },
  internal: {
    label: "Internal",
    className: "badge badge-internal",
    description: "for the team only: never in published output",
  },
  confidential: {
    label: "Confidential",
    className: "badge badge-confidential",
    description: "restricted: protects sources and witnesses; never in published output",
  },
};

export function sensitivityBadge(s: string): Badge {
  return BADGES[s as Sensitivity] ?? { label: s, className: "badge", description: "unknown sensitivity" };
}
