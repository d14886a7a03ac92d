/**
 * Learning-rate schedules: functions from the step index t = 0, 1, … (the step about to be
 * taken) to a learning rate. Pure host-side numbers; pass the value to the optimizer.
 */
import { QuireError } from '../errors.js';

/** A learning-rate schedule: step index t ≥ 0 → learning rate (a QuireError for any other t). */
export type Schedule = (step: number) => number;

function checkLr(fn: string, name: string, v: number): void {
  if (!(v >= 0 && Number.isFinite(v))) throw new QuireError(`${fn}: ${name} is ${v}, expected a finite number ≥ 0`);
}
function checkSteps(fn: string, name: string, v: number, min: number): void {
  if (!(Number.isInteger(v) && v >= min)) throw new QuireError(`${fn}: ${name} is ${v}, expected an integer ≥ ${min}`);
}
/** The step a schedule is asked about: an integer ≥ 0 (a negative step gave a negative rate, NaN a NaN one). */
function checkStep(fn: string, t: number): void {
  if (!(Number.isInteger(t) && t >= 0)) throw new QuireError(`${fn}: step is ${t}, expected an integer ≥ 0`);
}

/** lr(t) = lr. @example constantSchedule(1e-3)(100) // 0.001 */
export function constantSchedule(lr: number): Schedule {
  checkLr('constantSchedule', 'lr', lr);
  return (t) => {
    checkStep('constantSchedule', t);
    return lr;
  };
}

/**
 * Linear warmup then constant: lr(t) = peak·(t+1)/warmup for t < warmup, else peak.
 * @example linearWarmup(1e-3, 10)(0) // 1e-4
 */
export function linearWarmup(peak: number, warmupSteps: number): Schedule {
  checkLr('linearWarmup', 'peak', peak);
  checkSteps('linearWarmup', 'warmupSteps', warmupSteps, 0);
  return (t) => {
    checkStep('linearWarmup', t);
    return t < warmupSteps ? (peak * (t + 1)) / warmupSteps : peak;
  };
}

/**
 * Cosine decay from peak to final over decaySteps:
 * lr(t) = final + (peak − final)·(1 + cos(π·min(t, T)/T))/2, T = decaySteps.
 * lr(0) = peak, lr(T) = final, constant afterwards.
 * @see Loshchilov & Hutter, SGDR (ICLR 2017), eq. (5)
 */
export function cosineDecay(peak: number, decaySteps: number, final = 0): Schedule {
  checkLr('cosineDecay', 'peak', peak);
  checkLr('cosineDecay', 'final', final);
  checkSteps('cosineDecay', 'decaySteps', decaySteps, 1);
  return (t) => {
    checkStep('cosineDecay', t);
    return final + ((peak - final) * (1 + Math.cos((Math.PI * Math.min(t, decaySteps)) / decaySteps))) / 2;
  };
}

/**
 * Linear warmup over warmupSteps (lr(t) = peak·(t+1)/warmup), then cosine decay from peak
 * (at t = warmup) to final (at t = totalSteps − 1 and after).
 * @throws QuireError unless 0 ≤ warmupSteps < totalSteps
 */
export function warmupCosine(peak: number, warmupSteps: number, totalSteps: number, final = 0): Schedule {
  checkSteps('warmupCosine', 'warmupSteps', warmupSteps, 0);
  checkSteps('warmupCosine', 'totalSteps', totalSteps, 1);
  if (!(warmupSteps < totalSteps)) {
    throw new QuireError(`warmupCosine: warmupSteps is ${warmupSteps}, expected < totalSteps (${totalSteps})`);
  }
  const decay = cosineDecay(peak, Math.max(1, totalSteps - 1 - warmupSteps), final);
  return (t) => {
    checkStep('warmupCosine', t);
    return t < warmupSteps ? (peak * (t + 1)) / warmupSteps : decay(t - warmupSteps);
  };
}
