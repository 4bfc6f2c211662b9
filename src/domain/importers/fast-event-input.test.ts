import assert from "node:assert/strict";
import { test } from "node:test";
import { EventInput } from "../evidence/entities.ts";
import { fastEventInput, type ImportedEventCandidate } from "./fast-event-input.ts";

/** A row as an importer maps it (values invented). */
function base(): ImportedEventCandidate {
  return {
    title: "Synthetic conflict: one-sided violence against civilians near Synthetic town",
    description: "synthetic headline",
    dateStart: "2021-03-04",
    dateEnd: "2021-03-06",
    datePrecision: "day",
    place: {
      country: "KEN",
      admin1: "Synthetic province",
      admin2: null,
      name: "Synthetic town",
      latitude: -1.28,
      longitude: 36.82,
      precision: "near",
    },
    acts: [{ type: "killing", description: "one-sided violence against civilians" }],
    fatalities: { low: 3, best: 5, high: 9 },
    externalId: { dataset: "ucdp-ged", id: "900001" },
    sensitivity: "public",
  };
}

type Mutation = [string, (c: ImportedEventCandidate) => void];
const long = (n: number) => "x".repeat(n);
const at = <T>(o: T) => o as unknown as Record<string, unknown>;

/** Every value a field may hold at the edges of the schema: valid, invalid, and valid only after trimming. */
const MUTATIONS: Mutation[] = [
  ...["", " ", " padded", "padded ", "\u00a0nbsp", long(500), long(501), "t\u0000nul", "\uFFFD"].map(
    (v): Mutation => [
      `title ${JSON.stringify(v.slice(0, 12))}`,
      (c) => {
        c.title = v;
      },
    ],
  ),
  ...[null, "", long(20000), long(20001), " spaced "].map(
    (v): Mutation => [
      `description ${String(v).slice(0, 12)}`,
      (c) => {
        c.description = v;
      },
    ],
  ),
  ...[
    "2021-02-29",
    "2020-02-29",
    "2021-13-01",
    "2021-1-01",
    "21-01-01",
    "2021-01-01 ",
    "",
    "2021-03-04T00",
  ].map(
    (v): Mutation => [
      `dateStart ${v}`,
      (c) => {
        c.dateStart = v;
      },
    ],
  ),
  ...[null, "2021-03-03", "2021-03-04", "2021-02-30", "x"].map(
    (v): Mutation => [
      `dateEnd ${v}`,
      (c) => {
        c.dateEnd = v;
      },
    ],
  ),
  ...["day", "month", "year", "unknown-day", "week", ""].map(
    (v): Mutation => [
      `datePrecision ${v}`,
      (c) => {
        c.datePrecision = v;
      },
    ],
  ),
  ...[null, "KE", "ken", "KENY", "XFT"].map(
    (v): Mutation => [
      `country ${v}`,
      (c) => {
        c.place.country = v;
      },
    ],
  ),
  ...[null, "", long(200), long(201)].map(
    (v): Mutation => [
      `admin1 ${String(v).length}`,
      (c) => {
        c.place.admin1 = v;
      },
    ],
  ),
  ...[null, long(500), long(501)].map(
    (v): Mutation => [
      `place name ${String(v).length}`,
      (c) => {
        c.place.name = v;
      },
    ],
  ),
  ...[null, 90, -90, 90.0001, Number.NaN, Number.POSITIVE_INFINITY, 0].map(
    (v): Mutation => [
      `latitude ${v}`,
      (c) => {
        c.place.latitude = v;
      },
    ],
  ),
  ...[null, 180, -180.5, Number.NEGATIVE_INFINITY].map(
    (v): Mutation => [
      `longitude ${v}`,
      (c) => {
        c.place.longitude = v;
      },
    ],
  ),
  ...["exact", "unknown", "city", undefined].map(
    (v): Mutation => [
      `precision ${v}`,
      (c) => {
        at(c.place).precision = v;
      },
    ],
  ),
  [
    "no acts",
    (c) => {
      c.acts = [];
    },
  ],
  [
    "51 acts",
    (c) => {
      c.acts = Array.from({ length: 51 }, () => ({ type: "battle", description: null }));
    },
  ],
  [
    "act x-type",
    (c) => {
      c.acts = [{ type: "x-forced-labour", description: null }];
    },
  ],
  [
    "act unknown type",
    (c) => {
      c.acts = [{ type: "picnic", description: null }];
    },
  ],
  [
    "act long description",
    (c) => {
      c.acts = [{ type: "battle", description: long(4001) }];
    },
  ],
  [
    "act description missing",
    (c) => {
      c.acts = [{ type: "battle" } as never];
    },
  ],
  [
    "act with an extra key",
    (c) => {
      c.acts = [{ type: "battle", description: null, extra: 1 } as never];
    },
  ],
  ...[
    [null, null, null],
    [0, 0, 0],
    [5, 3, 9],
    [3, 9, 5],
    [9, 5, 3],
    [-1, 0, 1],
    [1.5, 2, 3],
    [2 ** 53, 2 ** 53, 2 ** 53],
    [null, 5, 3],
    [7, null, 3],
    [1, Number.NaN, 3],
  ].map(
    ([low, best, high]): Mutation => [
      `fatalities ${low}/${best}/${high}`,
      (c) => {
        c.fatalities = { low, best, high } as never;
      },
    ],
  ),
  ...["", " 9", long(200), long(201)].map(
    (v): Mutation => [
      `external id ${v.slice(0, 5)}`,
      (c) => {
        c.externalId = { dataset: "ucdp-ged", id: v };
      },
    ],
  ),
  ...["", long(100), long(101), "acled "].map(
    (v): Mutation => [
      `dataset ${v.slice(0, 5)}`,
      (c) => {
        c.externalId = { dataset: v, id: "1" };
      },
    ],
  ),
  ...["internal", "confidential", "secret"].map(
    (v): Mutation => [
      `sensitivity ${v}`,
      (c) => {
        at(c).sensitivity = v;
      },
    ],
  ),
  [
    "place missing",
    (c) => {
      at(c).place = undefined;
    },
  ],
  [
    "a number as title",
    (c) => {
      at(c).title = 12;
    },
  ],
];

test("a row the fast check accepts is what zod makes of it; every row zod refuses goes to zod", () => {
  let fast = 0;
  let refused = 0;
  // Single mutations, then pairs (a valid edge beside an invalid one).
  const cases: Mutation[][] = [[], ...MUTATIONS.map((m) => [m])];
  for (let i = 0; i < MUTATIONS.length; i += 3)
    for (let j = 1; j < MUTATIONS.length; j += 7)
      cases.push([MUTATIONS[i] as Mutation, MUTATIONS[j] as Mutation]);
  for (const muts of cases) {
    const c = base();
    for (const [, m] of muts) m(c);
    const name = muts.map(([n]) => n).join(" + ") || "the valid row";
    const zod = EventInput.safeParse(c);
    const mine = fastEventInput(c);
    if (!zod.success) {
      refused++;
      assert.equal(
        mine,
        null,
        `${name}: zod refuses it (${zod.error.issues[0]?.message}), so must the fast check`,
      );
    } else if (mine !== null) {
      fast++;
      assert.deepEqual(mine, zod.data, `${name}: the same input as zod's`);
    }
  }
  assert.ok(refused > 40, `the cases include many invalid rows (${refused})`);
  assert.ok(fast > 60, `the fast check accepts the plainly valid rows (${fast})`);
});

test("the fast check takes the common row (the point of it) and hands the input nothing shared", () => {
  const c = base();
  const input = fastEventInput(c);
  assert.ok(input);
  assert.notEqual(input.place, c.place);
  assert.notEqual(input.acts[0], c.acts[0]);
  assert.deepEqual(input.perpetrators, []);
});
