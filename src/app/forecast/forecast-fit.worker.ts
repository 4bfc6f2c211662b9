/**
 * A forecast fit's worker thread (see forecast-fit.ts): rebuilds the model from its id, fits and scores the
 * data year, explains the changes, and posts each phase as it starts and then the result.
 */
import { parentPort, workerData } from "node:worker_threads";
import { preparedPanel } from "../../domain/risk/model-spec.ts";
import { changesFor } from "./changes.ts";
import { forecastYear } from "./forecast.service.ts";
import type { FitMessage, FitSetup } from "./forecast-fit.ts";
import { modelSpec } from "./models.ts";

const setup = workerData.setup as FitSetup;
const post = (m: FitMessage) => parentPort?.postMessage(m);
const spec = modelSpec(setup.model);
const panel = preparedPanel(spec, setup.panel);
const { trained, ...result } = forecastYear(panel, spec, setup.year, setup.seed);
post({ type: "phase", phase: "explaining", dataYear: result.dataYear });
const changes = changesFor(panel, spec, trained, result.dataYear);
// The trained model holds functions, which cannot cross threads: only its notes go back.
post({ type: "done", result: { ...result, trained: { notes: trained.notes ?? {} } }, changes });
