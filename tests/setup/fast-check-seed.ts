// Property tests run from one fixed seed, so `npm test` (and CI) passes or fails the same way every
// time. PE_PARSE_PROPERTY_SEED=<n> runs them from another seed, `random` from a fresh one each run
// (fast-check prints the seed and the counterexample of a failure, to pin it as a test).
import fc from "fast-check";

const DEFAULT_SEED = 20_261_207;
const asked = process.env.PE_PARSE_PROPERTY_SEED;
if (asked !== "random") {
  const seed = asked === undefined || asked === "" ? DEFAULT_SEED : Number(asked);
  if (!Number.isInteger(seed)) throw new Error(`PE_PARSE_PROPERTY_SEED must be an integer or "random", not ${JSON.stringify(asked)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
