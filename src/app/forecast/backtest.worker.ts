/**
 * A backtest worker thread (see parallel-backtest.ts): rebuilds the model from its id, then fits one last
 * training year per message and posts back that year's share of the backtest.
 */
import { parentPort, workerData } from "node:worker_threads";
import { backtestYear } from "../../domain/risk/backtest.ts";
import { preparedPanel } from "../../domain/risk/model-spec.ts";
import type { Panel } from "../../domain/risk/panel.ts";
import { type ModelId, modelSpec } from "./models.ts";

interface Setup {
  panel: Panel;
  model: ModelId;
  coefficients?: string;
  seed: number;
}

const setup = workerData.setup as Setup;
const spec = modelSpec(setup.model, setup.coefficients);
const panel = preparedPanel(spec, setup.panel);
parentPort?.on("message", (trainEnd: number) => {
  parentPort?.postMessage(backtestYear(panel, spec, trainEnd, setup.seed));
});
