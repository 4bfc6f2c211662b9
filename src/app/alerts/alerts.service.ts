import { createHash, randomUUID } from "node:crypto";
import { NO_GRANTS, type RecordAccess } from "../../domain/access/record-access.ts";
import type { AlertContent } from "../../domain/alerts/document/alert-document.ts";
import { applyEdit, parseEdit, readinessIssues } from "../../domain/alerts/document/alert-edit.ts";
import {
  type Alert,
  type AlertStatus,
  type AlertVersion,
  transition,
} from "../../domain/alerts/document/alert-version.ts";
import { type ApprovalPolicy, TWO_PERSON } from "../../domain/alerts/document/approval-policy.ts";
import { citedRecordIds, withoutRecords } from "../../domain/alerts/document/cited-records.ts";
import { composeAlert } from "../../domain/alerts/document/compose.ts";
import { recordAccessOf } from "../../domain/auth/policy.ts";
import { canonicalJson } from "../../domain/custody/canonical-json.ts";
import {
  AppError,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from "../../domain/errors.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { TwoPersonRuleError } from "../../domain/two-person-rule.ts";
import type { AlertStore, AlertTx, AlertWithVersions } from "../../ports/alert-store.ts";
import type { Clock } from "../../ports/clock.ts";
import type { EvidenceReader, Page } from "../../ports/evidence-store.ts";
import type { AssessmentService } from "../assessment/assessment.service.ts";
import { type ComposeOptions, gatherComposeInput } from "./compose-inputs.ts";

/** Who may see drafts and versions in review: anyone above public clearance. The public sees published ones. */
export function seesDrafts(caller: Caller): boolean {
  return caller.clearance !== "public";
}

export interface AlertListOptions {
  situationId?: string;
  status?: AlertStatus;
  limit: number;
  cursor?: string | null;
}

/**
 * The alert use cases: draft an alert for a situation (composed from public evidence and the engine), edit
 * the draft, submit it for review, return it, publish it (by the approval policy), correct a published
 * version with a new one that says what changed; list and read. Every change lands in one transaction
 * with its custody entry; published versions are immutable (the database refuses to change them).
 */
export class AlertsService {
  constructor(
    readonly store: AlertStore,
    readonly evidence: EvidenceReader,
    readonly assessment: () => AssessmentService,
    readonly clock: Clock,
    /** The two-person rule is in force: an author may not publish their own version. */
    readonly approval: ApprovalPolicy = TWO_PERSON,
  ) {}

  /** Creates an alert for a situation with its first version, a draft. */
  async draft(situationId: string, options: ComposeOptions, caller: Caller): Promise<AlertWithVersions> {
    this.#mustWrite(caller);
    const input = await gatherComposeInput(this.evidence, this.assessment(), situationId, options, caller);
    const content = composeAlert(input);
    const now = this.clock.now();
    const alert: Alert = {
      id: randomUUID(),
      situationId,
      createdAt: now.toISOString(),
      createdBy: caller.actor,
    };
    const version = this.#newVersion(alert.id, 1, content, caller, now, null, null);
    await this.store.transaction(async (tx) => {
      await tx.insertAlert(alert);
      await tx.insertVersion(version);
      await this.#custody(
        tx,
        caller,
        "create",
        alert.id,
        null,
        { version: 1, situationId, asOf: content.determination.asOf, level: content.level.value },
        now,
      );
    });
    return { alert, versions: [version] };
  }

  /** Applies an edit to a draft at `expectedRevision`. */
  async edit(alertId: string, number: number, raw: unknown, expectedRevision: number, caller: Caller) {
    this.#mustWrite(caller);
    const edit = parseEdit(raw);
    return this.#change(
      alertId,
      number,
      expectedRevision,
      caller,
      "edit",
      (v) => {
        const { content, changeNote } = applyEdit(v.content, edit);
        return { ...v, content, changeNote: changeNote === undefined ? v.changeNote : changeNote };
      },
      (v) => ({ changed: Object.keys(edit), revision: v.revision }),
    );
  }

  /**
   * Composes the draft's evidence parts again (background, current events, determination, level,
   * attributions) from the evidence now, keeping the analyst's texts and recommendations.
   */
  async refresh(
    alertId: string,
    number: number,
    expectedRevision: number,
    options: ComposeOptions,
    caller: Caller,
  ) {
    this.#mustWrite(caller);
    const found = await this.#read(alertId, caller);
    const input = await gatherComposeInput(
      this.evidence,
      this.assessment(),
      found.alert.situationId,
      options,
      caller,
    );
    return this.#change(
      alertId,
      number,
      expectedRevision,
      caller,
      "edit",
      (v) => {
        const fresh = composeAlert({ ...input, place: v.content.place });
        const content: AlertContent = {
          ...fresh,
          summary: v.content.summary,
          background: { ...fresh.background, text: v.content.background.text },
          currentSituation: { ...fresh.currentSituation, text: v.content.currentSituation.text },
          determination: { ...fresh.determination, text: v.content.determination.text },
          recommendations: v.content.recommendations,
        };
        return { ...v, content };
      },
      () => ({ refreshed: true, asOf: input.assessment.asOf }),
    );
  }

  async submit(alertId: string, number: number, expectedRevision: number, caller: Caller) {
    this.#mustWrite(caller);
    return this.#change(alertId, number, expectedRevision, caller, "submit", (v, now) => {
      this.#mustBeReady(v);
      return { ...v, status: "in-review", submittedAt: now, submittedBy: caller.actor };
    });
  }

  /** Sends a version in review back to its author, with the reviewer's note. */
  async return(alertId: string, number: number, expectedRevision: number, note: string, caller: Caller) {
    this.#mustWrite(caller);
    if (note.trim().length === 0) {
      throw new ValidationError("note: say why the version goes back to draft", [
        { path: "note", message: "required" },
      ]);
    }
    return this.#change(
      alertId,
      number,
      expectedRevision,
      caller,
      "return",
      (v) => ({ ...v, status: "draft", reviewNote: note.trim() }),
      () => ({ note: note.trim() }),
    );
  }

  /**
   * Publishes a version in review, approved by the caller: by the approval policy (the two-person rule) the
   * approver is someone other than its authors. It becomes immutable; its content hash, its authors and its
   * approver go into the custody log.
   */
  async publish(alertId: string, number: number, expectedRevision: number, caller: Caller) {
    this.#mustWrite(caller);
    // Published output never shows a restricted record (nor one of a restricted situation): what the
    // version cites is checked as the public would read it (no grants). A restriction made between this
    // check and the commit is left out of every view of the published version (#shownAll).
    const found = await this.#read(alertId, caller);
    // What the stored version cites (the view #read gives the caller leaves out what they may not read).
    const cited = (await this.store.get(alertId))?.versions.find((v) => v.number === number);
    const restricted = cited
      ? [
          ...(await this.evidence.unreadableAmong(
            [alertId, found.alert.situationId, ...citedRecordIds(cited.content)],
            NO_GRANTS,
          )),
        ]
      : [];
    return this.#change(
      alertId,
      number,
      expectedRevision,
      caller,
      "publish",
      (v, now) => {
        this.#mustBeReady(v);
        if (restricted.length > 0)
          throw new ConflictError(
            `this version cites ${restricted.length} restricted record(s) (or its situation or alert is restricted): published output must not; refresh the draft or lift the restriction first`,
            { restricted },
          );
        const refusal = this.approval.refusal(v, caller);
        if (refusal) throw new TwoPersonRuleError(refusal, { policy: this.approval.id });
        const contentSha256 = contentHash(v.content);
        return { ...v, status: "published", publishedAt: now, publishedBy: caller.actor, contentSha256 };
      },
      (v) => ({
        version: v.number,
        contentSha256: v.contentSha256,
        level: v.content.level.value,
        correctionOf: v.correctionOf,
        policy: this.approval.id,
        // Both people of the two-person rule: who wrote and submitted the version, and who approved it.
        authors: v.editors,
        submittedBy: v.submittedBy,
        approvedBy: caller.actor,
      }),
    );
  }

  /**
   * Starts a correction of the latest published version: a new draft version, a copy of it, with the change
   * note (required) saying what changes. Refused while another version is open.
   */
  async correct(alertId: string, changeNote: string, caller: Caller): Promise<AlertVersion> {
    this.#mustWrite(caller);
    const note = changeNote.trim();
    if (note.length < 10) {
      const message = "a correction must say what changed (at least 10 characters)";
      throw new ValidationError(`changeNote: ${message}`, [{ path: "changeNote", message }]);
    }
    const now = this.clock.now();
    return this.store.transaction(async (tx) => {
      const found = await tx.lock(alertId);
      if (!found) throw new NotFoundError("alert", alertId);
      const latest = found.versions.at(-1) as AlertVersion;
      if (latest.status !== "published") {
        throw new ConflictError(
          `version ${latest.number} of alert ${alertId} is ${latest.status}: finish or edit it instead of starting a correction`,
          { open: latest.number },
        );
      }
      const v = this.#newVersion(
        alertId,
        latest.number + 1,
        latest.content,
        caller,
        now,
        note,
        latest.number,
      );
      await tx.insertVersion(v);
      await this.#custody(
        tx,
        caller,
        "correct",
        alertId,
        note,
        { version: v.number, correctionOf: latest.number },
        now,
      );
      return v;
    });
  }

  /**
   * Discards a draft version that was never published: version 1 of a new alert (the alert goes with it) or
   * a correction not yet submitted. Refused (409 conflict) for a version in review or published; the custody
   * log keeps who discarded what (the version's title, level and content hash) and why.
   */
  async discard(
    alertId: string,
    number: number,
    expectedRevision: number,
    reason: string | null,
    caller: Caller,
  ): Promise<{ alertId: string; number: number; alertDeleted: boolean }> {
    this.#mustWrite(caller);
    const at = this.clock.now();
    return this.store.transaction(async (tx) => {
      const found = await tx.lock(alertId);
      const v = found?.versions.find((x) => x.number === number);
      if (!found || !v) throw new NotFoundError("alert version", `${alertId}/v/${number}`);
      if (v.status !== "draft") {
        throw new ConflictError(
          `version ${number} of alert ${alertId} is ${v.status}: only a draft can be discarded${
            v.status === "in-review" ? " (return it to draft first)" : ""
          }`,
          { status: v.status },
        );
      }
      if (v.revision !== expectedRevision)
        throw new StaleVersionError("alert version", `${alertId}/v/${number}`, expectedRevision, v.revision);
      if ((await tx.deleteDraft(alertId, number, expectedRevision)) === "stale")
        throw new StaleVersionError("alert version", `${alertId}/v/${number}`, expectedRevision, v.revision);
      const alertDeleted = found.versions.length === 1;
      await this.#custody(
        tx,
        caller,
        "discard",
        alertId,
        reason,
        {
          version: number,
          revision: v.revision,
          title: v.content.title,
          level: v.content.level.value,
          correctionOf: v.correctionOf,
          contentSha256: contentHash(v.content),
          alertDeleted,
        },
        at,
      );
      return { alertId, number, alertDeleted };
    });
  }

  async get(alertId: string, caller: Caller): Promise<AlertWithVersions> {
    return this.#read(alertId, caller);
  }

  /** One version; `"latest"` is the latest the caller may see, `"published"` the latest published one. */
  async version(
    alertId: string,
    which: number | "latest" | "published",
    caller: Caller,
  ): Promise<{ alert: Alert; version: AlertVersion; versions: AlertVersion[] }> {
    const found = await this.#read(alertId, caller);
    const pool =
      which === "published" ? found.versions.filter((v) => v.status === "published") : found.versions;
    const v = typeof which === "number" ? pool.find((x) => x.number === which) : pool.at(-1);
    if (!v) throw new NotFoundError(`alert version`, `${alertId}/v/${which}`);
    return { alert: found.alert, version: v, versions: found.versions };
  }

  async list(options: AlertListOptions, caller: Caller): Promise<Page<AlertWithVersions>> {
    const access = recordAccessOf(caller);
    const page = await this.store.list({ ...options, publishedOnly: !seesDrafts(caller), access });
    const shown = await this.#shownAll(
      page.items.map((x) => visibleTo(x, caller)),
      access,
    );
    return { ...page, items: shown.filter((x): x is AlertWithVersions => x !== null) };
  }

  /** Published versions, newest first (for the feed): none of a restricted alert or situation, as the public reads. */
  async published(limit: number): Promise<AlertVersion[]> {
    const versions = await this.store.published(limit);
    const idsOf = versions.map((v) => [v.alertId, v.content.situation.id, ...citedRecordIds(v.content)]);
    // One check for the whole feed (not one per version).
    const unreadable = await this.evidence.unreadableAmong([...new Set(idsOf.flat())], NO_GRANTS);
    const shown = versions.map((v, i) => {
      const hidden = among(idsOf[i] ?? [], unreadable);
      if (hidden.has(v.alertId) || hidden.has(v.content.situation.id)) return null;
      return { ...v, content: withoutRecords(v.content, hidden) };
    });
    return shown.filter((v): v is AlertVersion => v !== null);
  }

  async #read(alertId: string, caller: Caller): Promise<AlertWithVersions> {
    const found = await this.store.get(alertId);
    const [visible] = found ? await this.#shownAll([visibleTo(found, caller)], recordAccessOf(caller)) : [];
    if (!visible || visible.versions.length === 0) throw new NotFoundError("alert", alertId);
    return visible;
  }

  /**
   * Alerts as a reader with these grants may see them: null for one whose alert or situation is restricted
   * and they hold no grant (GUARDED_BY in the policy); else its versions without the cited records they
   * may not read (restricted after the version was composed: cited-records.ts). The stored versions are
   * untouched (a published version's hash still verifies). One check for all of them (a list's page).
   */
  async #shownAll(
    items: readonly AlertWithVersions[],
    access: RecordAccess,
  ): Promise<(AlertWithVersions | null)[]> {
    const idsOf = items.map((x) => [
      x.alert.id,
      x.alert.situationId,
      ...x.versions.flatMap((v) => citedRecordIds(v.content)),
    ]);
    const unreadable = await this.evidence.unreadableAmong([...new Set(idsOf.flat())], access);
    return items.map((x, i) => {
      const hidden = among(idsOf[i] ?? [], unreadable);
      if (hidden.has(x.alert.id) || hidden.has(x.alert.situationId)) return null;
      if (hidden.size === 0) return x;
      return {
        ...x,
        versions: x.versions.map((v) => ({ ...v, content: withoutRecords(v.content, hidden) })),
      };
    });
  }

  async #change(
    alertId: string,
    number: number,
    expectedRevision: number,
    caller: Caller,
    action: "edit" | "submit" | "return" | "publish",
    apply: (v: AlertVersion, now: string) => AlertVersion,
    details: (v: AlertVersion) => Record<string, unknown> = (v) => ({ revision: v.revision }),
  ): Promise<AlertVersion> {
    const at = this.clock.now();
    const now = at.toISOString();
    return this.store.transaction(async (tx) => {
      const found = await tx.lock(alertId);
      const v = found?.versions.find((x) => x.number === number);
      if (!found || !v) throw new NotFoundError("alert version", `${alertId}/v/${number}`);
      const status = transition(v.status, action, `version ${number} of alert ${alertId}`);
      if (v.revision !== expectedRevision)
        throw new StaleVersionError("alert version", `${alertId}/v/${number}`, expectedRevision, v.revision);
      const applied = apply(v, now);
      const editors =
        action === "edit" && !v.editors.includes(caller.actor) ? [...v.editors, caller.actor] : v.editors;
      const next: AlertVersion = { ...applied, status, editors, revision: v.revision + 1, updatedAt: now };
      if ((await tx.updateVersion(next, expectedRevision)) === "stale") {
        throw new StaleVersionError(
          "alert version",
          `${alertId}/v/${number}`,
          expectedRevision,
          v.revision + 1,
        );
      }
      const verb = action === "edit" ? "update" : action;
      await this.#custody(
        tx,
        caller,
        verb,
        alertId,
        action === "publish" ? next.changeNote : null,
        { version: number, status, ...details(next) },
        at,
      );
      return next;
    });
  }

  #newVersion(
    alertId: string,
    number: number,
    content: AlertContent,
    caller: Caller,
    at: Date,
    changeNote: string | null,
    correctionOf: number | null,
  ): AlertVersion {
    const now = at.toISOString();
    return {
      alertId,
      number,
      status: "draft",
      content,
      changeNote,
      correctionOf,
      revision: 1,
      createdAt: now,
      createdBy: caller.actor,
      editors: [caller.actor],
      updatedAt: now,
      submittedAt: null,
      submittedBy: null,
      reviewNote: null,
      publishedAt: null,
      publishedBy: null,
      contentSha256: null,
    };
  }

  #mustBeReady(v: AlertVersion): void {
    const issues = readinessIssues(v.content, v.correctionOf !== null, v.changeNote);
    if (issues.length) {
      throw new ValidationError(
        `version ${v.number} is not ready: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
        issues,
      );
    }
  }

  #mustWrite(caller: Caller): void {
    if (!seesDrafts(caller))
      throw new AppError(
        "insufficient-clearance",
        "writing alerts needs internal clearance or above: the public reads published alerts only",
      );
  }

  #custody(
    tx: AlertTx,
    caller: Caller,
    action: string,
    alertId: string,
    reason: string | null,
    details: Record<string, unknown>,
    at: Date,
  ) {
    return tx.appendCustody(
      { actor: caller.actor, action, targetType: "alert", targetId: alertId, reason, details },
      at,
    );
  }
}

/** SHA-256 of the canonical JSON of an alert's content. */
export function contentHash(content: AlertContent): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}

/** The ids among `ids` that are in `set` (what one alert's view leaves out of what a page's check found). */
function among(ids: readonly string[], set: ReadonlySet<string>): Set<string> {
  return new Set(ids.filter((id) => set.has(id)));
}

function visibleTo(x: AlertWithVersions, caller: Caller): AlertWithVersions {
  return seesDrafts(caller) ? x : { ...x, versions: x.versions.filter((v) => v.status === "published") };
}
