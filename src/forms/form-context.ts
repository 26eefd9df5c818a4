/** What every recogniser of one parse shares: the aligner (placement/align-cells.ts) and the work meter. */
import type { WorkMeter } from "../diagnostics/work-meter.js";
import { Aligner } from "./placement/align-cells.js";

export interface FormContext {
  readonly aligner: Aligner;
  readonly meter?: WorkMeter | undefined;
}

/** A context for one parse. */
export function formContext(meter?: WorkMeter): FormContext {
  return { aligner: new Aligner(meter), meter };
}
