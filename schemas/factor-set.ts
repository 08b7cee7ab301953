import { z } from 'zod';
import type * as domain from '../src/reference/types.ts';
import type { Expect, SameType } from './same-type.ts';

export const confidenceSchema = z
  .enum(['V2', 'V', 'S', 'D', 'R'])
  .meta({
    description:
      'V2 read in the source and a second copy; V read in the source; S read in a secondary source; D derived; R recalled, unverified',
  });

export const sourceSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  table: z.string().optional(),
  year: z.number().int().min(1900).max(2100),
  url: z.url().optional(),
});

export const factorSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and dashes' }),
    label: z.string().min(1),
    value: z.number().finite(),
    unit: z.string().min(1),
    source: sourceSchema,
    confidence: confidenceSchema,
    validFrom: z.iso.date().optional(),
    validTo: z.iso.date().optional(),
  })
  .refine((f) => !f.validFrom || !f.validTo || f.validFrom <= f.validTo, {
    error: 'validFrom must not be after validTo',
    path: ['validTo'],
  });

const solidMappingSchema = z.object({
  kind: z.literal('solid'),
  taxBand: z.enum(['standard', 'lower']),
  landfillKey: z.string(),
  primaryKey: z.string().nullable(),
  secondaryKey: z.string().nullable(),
  note: z.string().optional(),
});
const waterMappingSchema = z.object({
  kind: z.literal('water'),
  supplyKey: z.string(),
  treatmentKey: z.string(),
  note: z.string().optional(),
});
export const materialMappingSchema = z.discriminatedUnion('kind', [solidMappingSchema, waterMappingSchema]);

/** Which factors a set must define for the method to run; dated ones by tax year. */
export const REQUIRED_KEYS = [
  'gate-fee-landfill',
  'haulage-cost',
  'freight-hgv',
  'circuity',
  'landfill-tax-standard',
  'landfill-tax-lower',
] as const;

export const factorSetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, { error: 'must be a slug such as uk-2026' }),
    name: z.string().min(1).max(200),
    description: z.string().max(2000).default(''),
    factors: z.array(factorSchema).min(1),
    materials: z.record(z.string(), materialMappingSchema),
  })
  .superRefine((set, ctx) => {
    const keys = new Set(set.factors.map((f) => f.key));
    for (const key of REQUIRED_KEYS)
      if (!keys.has(key)) ctx.addIssue({ code: 'custom', message: `needs a factor ${key}`, path: ['factors'] });
    for (const [code, m] of Object.entries(set.materials)) {
      const refs =
        m.kind === 'water'
          ? { supplyKey: m.supplyKey, treatmentKey: m.treatmentKey }
          : { landfillKey: m.landfillKey, primaryKey: m.primaryKey, secondaryKey: m.secondaryKey };
      for (const [field, key] of Object.entries(refs))
        if (key !== null && !keys.has(key))
          ctx.addIssue({ code: 'custom', message: `no factor ${key} in this set`, path: ['materials', code, field] });
    }
    // Undated factors must be unique; dated ones may repeat a key for other periods, not overlap.
    const byKey = new Map<string, { from: string; to: string }[]>();
    set.factors.forEach((f, i) => {
      const spans = byKey.get(f.key) ?? [];
      const span = { from: f.validFrom ?? '0000-01-01', to: f.validTo ?? '9999-12-31' };
      if (spans.some((s) => s.from <= span.to && span.from <= s.to))
        ctx.addIssue({ code: 'custom', message: `${f.key} overlaps another period of the same key`, path: ['factors', i] });
      byKey.set(f.key, [...spans, span]);
    });
  })
  .meta({ id: 'FactorSet' });

export type { Factor, FactorSet, MaterialMapping } from '../src/reference/types.ts';
// What these schemas parse is exactly the domain's type: a drift on either side fails the typecheck.
export type FactorIsDomain = Expect<SameType<z.infer<typeof factorSchema>, domain.Factor>>;
export type SourceIsDomain = Expect<SameType<z.infer<typeof sourceSchema>, domain.FactorSource>>;
export type MaterialMappingIsDomain = Expect<SameType<z.infer<typeof materialMappingSchema>, domain.MaterialMapping>>;
export type FactorSetIsDomain = Expect<SameType<z.infer<typeof factorSetSchema>, domain.FactorSet>>;
