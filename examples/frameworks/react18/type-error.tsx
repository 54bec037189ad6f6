// Copied into src/ by the framework test, which expects the type check to fail on it.
import { EstimateRange } from 'estimate-range/react';

export const wrong = <EstimateRange estimates={42} />;
