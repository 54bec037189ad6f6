// Copied into app/ by the framework test, which expects the type check to fail on it.
'use client';
import { EstimateRange } from 'estimate-range/react';

export const wrong = <EstimateRange estimates={42} />;
