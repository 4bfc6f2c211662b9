import { z } from "zod";
import { ActType, isActType } from "../evidence/acts.ts";
import { DatePrecision } from "../evidence/dates.ts";
import { ActorKind } from "../evidence/entities.ts";
import { Reliability } from "../evidence/grades.ts";
import { LocationPrecision } from "../evidence/places.ts";
import { isoFromCow } from "../reference/correlates-of-war.ts";
import { findCountry } from "../reference/countries.ts";
import { isoFromGw } from "../reference/gleditsch-ward.ts";
import { FieldError } from "./field-error.ts";
import {
  optionalFloat,
  optionalInt,
  type Row,
  date as readDate,
  requiredDate,
  requiredText,
  text,
} from "./fields.ts";
import type { EventFormat, ImportRecord } from "./import-record.ts";
import { ordered } from "./tolls.ts";

/** A value taken from a column, optionally translated by a value map, or a constant. */
const ColumnRef = z.string().min(1);
const Mapped = z.object({ column: ColumnRef, values: z.record(z.string(), z.string()).optional() });
const Field = z.union([ColumnRef, Mapped, z.object({ value: z.string() })]);
type Field = z.infer<typeof Field>;

/** The mapping file of `tocsin import csv --mapping FILE`, validated whole before any row loads. */
export const CsvMapping = z
  .object({
    dataset: z.object({
      name: z.string().min(1).max(500),
      reliability: Reliability,
      reliabilityReason: z.string().max(2000).nullable().default(null),
      url: z.string().url().nullable().default(null),
      licence: z.string().max(500).nullable().default(null),
      attribution: z.string().max(4000).nullable().default(null),
    }),
    delimiter: z.enum([",", "\t", ";", "|"]).default(","),
    id: ColumnRef,
    title: Field,
    description: Field.optional(),
    dateStart: ColumnRef,
    dateEnd: ColumnRef.optional(),
    datePrecision: Field.default({ value: "day" }),
    country: z.object({
      column: ColumnRef,
      as: z.enum(["iso", "name", "gleditsch-ward", "cow"]).default("iso"),
    }),
    admin1: Field.optional(),
    admin2: Field.optional(),
    place: Field.optional(),
    latitude: ColumnRef.optional(),
    longitude: ColumnRef.optional(),
    locationPrecision: Field.default({ value: "unknown" }),
    act: Field,
    perpetrator: z.object({ column: ColumnRef, kind: Field.default({ value: "armed-group" }) }).optional(),
    fatalities: z
      .object({ low: ColumnRef.optional(), best: ColumnRef.optional(), high: ColumnRef.optional() })
      .default({}),
    credibility: z.number().int().min(1).max(6).default(3),
  })
  .strict();
export type CsvMapping = z.infer<typeof CsvMapping>;

function columnsOf(f: Field | undefined): string[] {
  if (f === undefined) return [];
  if (typeof f === "string") return [f];
  return "column" in f ? [f.column] : [];
}

/** Every column the mapping reads: the file must have each of them. */
export function mappingColumns(m: CsvMapping): string[] {
  const all = [
    m.id,
    m.dateStart,
    m.dateEnd,
    m.latitude,
    m.longitude,
    m.country.column,
    m.fatalities.low,
    m.fatalities.best,
    m.fatalities.high,
    ...[
      m.title,
      m.description,
      m.datePrecision,
      m.admin1,
      m.admin2,
      m.place,
      m.locationPrecision,
      m.act,
    ].flatMap(columnsOf),
    ...(m.perpetrator ? [m.perpetrator.column, ...columnsOf(m.perpetrator.kind)] : []),
  ];
  return [...new Set(all.filter((c): c is string => c !== undefined))];
}

/** Checks that each constant and value-map target is a value the field allows, naming the mapping's field. */
export function checkMappingValues(m: CsvMapping): string[] {
  const problems: string[] = [];
  const targets = (f: Field | undefined): string[] =>
    f === undefined || typeof f === "string" ? [] : "value" in f ? [f.value] : Object.values(f.values ?? {});
  const check = (name: string, f: Field | undefined, ok: (v: string) => boolean) => {
    for (const v of targets(f)) if (!ok(v)) problems.push(`${name}: "${v}" is not allowed`);
  };
  check("datePrecision", m.datePrecision, (v) => DatePrecision.safeParse(v).success);
  check("locationPrecision", m.locationPrecision, (v) => LocationPrecision.safeParse(v).success);
  check("act", m.act, isActType);
  check("perpetrator.kind", m.perpetrator?.kind, (v) => ActorKind.safeParse(v).success);
  return problems;
}

function read(row: Row, f: Field | undefined): string | null {
  if (f === undefined) return null;
  if (typeof f === "string") return text(row, f);
  if ("value" in f) return f.value;
  const raw = text(row, f.column);
  if (raw === null || !f.values) return raw;
  const mapped = f.values[raw];
  if (mapped === undefined)
    throw new FieldError(f.column, `"${raw}" has no entry in the mapping's value map`);
  return mapped;
}

function parsed<T>(schema: z.ZodType<T>, row: Row, f: Field, name: string): T {
  const value = read(row, f);
  const result = schema.safeParse(value);
  if (!result.success) throw new FieldError(columnsOf(f)[0] ?? name, `"${value}" is not a valid ${name}`);
  return result.data;
}

function country(row: Row, m: CsvMapping, year: number): string {
  const raw = requiredText(row, m.country.column);
  const iso =
    m.country.as === "gleditsch-ward"
      ? isoFromGw(raw, year)
      : m.country.as === "cow"
        ? isoFromCow(raw, year)
        : findCountry(raw)?.iso3;
  if (!iso) throw new FieldError(m.country.column, `"${raw}" is not a known country (${m.country.as})`);
  return iso;
}

export function csvFormat(m: CsvMapping, name = "csv"): EventFormat {
  return {
    name,
    dataset: m.dataset,
    delimiter: m.delimiter === "\t" ? "\t" : ",",
    columns: mappingColumns(m),
    mapRow(row: Row): ImportRecord {
      const id = requiredText(row, m.id);
      const dateStart = requiredDate(row, m.dateStart);
      const dateEnd = m.dateEnd ? readDate(row, m.dateEnd) : null;
      if (dateEnd !== null && dateEnd < dateStart)
        throw new FieldError(m.dateEnd as string, `${dateEnd} is before ${dateStart}`);
      const tolls = ordered(
        m.fatalities.low ? optionalInt(row, m.fatalities.low, { min: 0 }) : null,
        m.fatalities.best ? optionalInt(row, m.fatalities.best, { min: 0 }) : null,
        m.fatalities.high ? optionalInt(row, m.fatalities.high, { min: 0 }) : null,
      );
      const perpetrator = m.perpetrator ? text(row, m.perpetrator.column) : null;
      return {
        externalId: id,
        title:
          read(row, m.title) ??
          (() => {
            throw new FieldError(columnsOf(m.title)[0] ?? "title", "is empty");
          })(),
        description: read(row, m.description),
        dateStart,
        dateEnd,
        datePrecision: parsed(DatePrecision, row, m.datePrecision, "date precision"),
        place: {
          country: country(row, m, Number(dateStart.slice(0, 4))),
          admin1: read(row, m.admin1),
          admin2: read(row, m.admin2),
          name: read(row, m.place),
          latitude: m.latitude ? optionalFloat(row, m.latitude, { min: -90, max: 90 }) : null,
          longitude: m.longitude ? optionalFloat(row, m.longitude, { min: -180, max: 180 }) : null,
          precision: parsed(LocationPrecision, row, m.locationPrecision, "location precision"),
        },
        acts: [{ type: parsed(ActType, row, m.act, "act type"), description: null }],
        actors:
          perpetrator && m.perpetrator
            ? [
                {
                  key: `${name}:${perpetrator}`,
                  name: perpetrator,
                  kind: parsed(ActorKind, row, m.perpetrator.kind, "actor kind"),
                  involvement: "direct",
                },
              ]
            : [],
        fatalities: tolls.fatalities,
        statement: `${m.dataset.name}, record ${id}.${tolls.note ? ` ${tolls.note}` : ""}`,
        credibility: m.credibility,
      };
    },
  };
}
