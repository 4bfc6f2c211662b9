import { join } from "node:path";
import { FileBlobStore } from "./adapters/blobs/file-blob-store.ts";
import { KyselyAccessStore } from "./adapters/db/access/kysely-access-store.ts";
import { KyselyAlertStore } from "./adapters/db/alerts/kysely-alert-store.ts";
import { openAssessment } from "./adapters/db/assessment/open-assessment.ts";
import { KyselyAuthStore } from "./adapters/db/auth/kysely-auth-store.ts";
import { KyselyBulkEventWriter } from "./adapters/db/bulk-event-writer.ts";
import { type Database, openDatabase } from "./adapters/db/database.ts";
import { openForecasts } from "./adapters/db/forecasts/open-forecasts.ts";
import { KyselyImportStore } from "./adapters/db/import-store.ts";
import { KyselyEvidenceStore } from "./adapters/db/kysely-evidence-store.ts";
import { type MigrationReport, migrate } from "./adapters/db/migrator.ts";
import { KyselySuggestionStore } from "./adapters/db/suggestions/kysely-suggestion-store.ts";
import { KyselyVerificationStore } from "./adapters/db/verification/kysely-verification-store.ts";
import { TableJobQueue } from "./adapters/queue/table-job-queue.ts";
import { AccessService } from "./app/access/access.service.ts";
import { AccessEditGuard } from "./app/access/access-edit-guard.ts";
import { AlertsService } from "./app/alerts/alerts.service.ts";
import type { AssessmentService } from "./app/assessment/assessment.service.ts";
import { type AuthServices, authServices } from "./app/auth/auth.ts";
import { BulkEventsService } from "./app/bulk-events.service.ts";
import type { Config } from "./app/config.ts";
import { EvidenceService } from "./app/evidence.service.ts";
import type { ForecastRunsService } from "./app/forecast/forecast-runs.service.ts";
import { ImportDatasetService } from "./app/import/import-dataset.service.ts";
import { ReadingService } from "./app/reading/reading.service.ts";
import { SuggestionService } from "./app/reading/suggestion.service.ts";
import { loadModel } from "./app/screening/model-store.ts";
import { VerificationService } from "./app/verification/verification.service.ts";
import { type Clock, systemClock } from "./ports/clock.ts";
import type { JobQueue } from "./ports/job-queue.ts";

/**
 * The composition root: the one place that picks adapters for the ports and wires the use cases.
 * CLI verbs and the HTTP server both start here.
 */
export interface AppContext {
  config: Pick<Config, "dataDir" | "databaseUrl">;
  database: Database;
  store: KyselyEvidenceStore;
  blobs: FileBlobStore;
  evidence: EvidenceService;
  /** The bulk path for events (importers): COPY in per-batch transactions, one custody entry per batch. */
  bulkEvents: BulkEventsService;
  /** Dataset imports (UCDP, ACLED, GDELT, CSV with a mapping) and the licence manifest. */
  imports: ImportDatasetService;
  /** Stored statistical risk forecasts (runs and per country-year forecasts). */
  forecasts: ForecastRunsService;
  /** Jobs (imports, pulls) run apart from the request that asked for them, by `tocsin worker` or serve. */
  jobs: JobQueue;
  /** Alert documents: draft, review, publish, correct (the assessment engine is opened on first use). */
  alerts: AlertsService;
  /** Suggestions from reading and screening documents, and the triage queue's decisions on them. */
  suggestions: SuggestionService;
  /** Reads and screens stored documents into suggestions. */
  reading: ReadingService;
  /** The verification workflow of events and claims: status, assignee, soft edit lock, comments. */
  verification: VerificationService;
  /** Accounts, sessions and API tokens (who is calling; the policy in src/domain/auth decides the rest). */
  auth: AuthServices;
  /** Groups of users and per-record grants (restricted events, claims, sources, documents, situations, alerts). */
  access: AccessService;
  clock: Clock;
  migrations: MigrationReport;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  command?: string;
  clock?: Clock;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

export async function openApp(
  config: Pick<Config, "dataDir" | "databaseUrl">,
  options: OpenAppOptions = {},
): Promise<AppContext> {
  const database = await openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    command: options.command,
  });
  try {
    const migrations = options.migrate === false ? { applied: [], current: 0 } : await migrate(database);
    const store = new KyselyEvidenceStore(database.db);
    const blobs = new FileBlobStore(join(config.dataDir, "blobs"));
    const clock = options.clock ?? systemClock;
    const bulkEvents = new BulkEventsService(new KyselyBulkEventWriter(database), clock);
    // Lazily: the rule file (TOCSIN_RULES) is read only by verbs and routes that need the engine.
    let engine: AssessmentService | undefined;
    const assessment = () => {
      engine ??= openAssessment({ database, clock });
      return engine;
    };
    const verification = new VerificationService(new KyselyVerificationStore(database.db), clock);
    const access = new AccessService(new KyselyAccessStore(database.db), clock);
    // A restricted record needs a write grant (the policy), then nobody else's soft lock (verification).
    const evidence = new EvidenceService(store, blobs, clock, new AccessEditGuard(access, verification));
    const suggestionStore = new KyselySuggestionStore(database.db);
    return {
      config,
      database,
      store,
      blobs,
      clock,
      migrations,
      evidence,
      suggestions: new SuggestionService(suggestionStore, evidence, clock),
      reading: new ReadingService(evidence, suggestionStore, () => loadModel()),
      verification,
      bulkEvents,
      forecasts: openForecasts({ database, clock }),
      alerts: new AlertsService(new KyselyAlertStore(database.db), store, assessment, clock),
      imports: new ImportDatasetService(new KyselyImportStore(database.db, clock), bulkEvents, clock, {
        analyzeAfterImport: database.engine === "pglite",
      }),
      jobs: new TableJobQueue(database.db, clock),
      auth: authServices(new KyselyAuthStore(database.db), clock),
      access,
      close: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
