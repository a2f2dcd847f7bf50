import { z } from 'zod';

/** ISO 4217 code, e.g. EUR, COP, BRL; empty while unknown. */
export const currencyCode = z.string().regex(/^([A-Z]{3})?$/, { error: 'ucap:errors.currency' });

/**
 * A non-negative amount as a decimal string ("1250.50"), empty while unknown.
 * Strings, not numbers: money is summed in integer minor units, never floats.
 */
export const decimalAmount = z.string().regex(/^(\d{1,15}(\.\d{1,6})?)?$/, { error: 'ucap:errors.amount' });

/** A positive exchange rate as a decimal string, e.g. "0.00023". */
export const decimalRate = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,12})?$/, { error: 'ucap:errors.rate' })
  .refine((v) => /[1-9]/.test(v), { error: 'ucap:errors.rate' });
