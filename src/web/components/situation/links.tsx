import { describeToll, formatToll, type Toll } from "../../format/numbers.ts";

/** Links from the situation page into the evidence browser (src/web/pages/evidence). */
export const eventHref = (id: string) => `/evidence/events/${id}`;
export const sourceHref = (id: string) => `/evidence/sources/${id}`;
export const documentHref = (id: string) => `/evidence/documents/${id}`;

/** A fire marker for contested evidence: a symbol and the word, never a colour alone. */
export function ContestedMark() {
  return (
    <span class="contested" title="Sources disagree about this event (tolls, dates or perpetrators)">
      <span aria-hidden="true">{"\u26a0"}</span> contested
    </span>
  );
}

/** A toll as a range ("200–500 (best 260) killed"), read out in words by screen readers. */
export function TollText(props: { toll: Toll }) {
  return (
    <span class="toll" title={describeToll(props.toll)}>
      <span aria-hidden="true">{formatToll(props.toll)} killed</span>
      <span class="visually-hidden">{describeToll(props.toll)}</span>
    </span>
  );
}
