import { z } from 'zod';
import { materialCategorySchema, quantityUnitSchema } from './enums.ts';

export const materialCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,63}$/, { error: 'must be a material code such as foundry-sand' })
  .meta({ example: 'foundry-sand' });

const numberPropertySchema = z
  .object({
    name: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    label: z.string(),
    kind: z.literal('number'),
    unit: z.string(),
    min: z.number(),
    max: z.number(),
    residual: z.boolean().optional().meta({ description: 'A residual element limited by steel makers' }),
  })
  .refine((p) => p.min <= p.max, { error: 'min must not exceed max', path: ['min'] });

const categoryPropertySchema = z.object({
  name: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  label: z.string(),
  kind: z.literal('category'),
  values: z.array(z.string()).min(1),
});

export const gradePropertySchema = z.discriminatedUnion('kind', [
  numberPropertySchema,
  categoryPropertySchema,
]);

export const ewcCodeSchema = z.object({
  code: z
    .string()
    .regex(/^\d{2} \d{2} \d{2}\*?$/, { error: 'must be a List of Waste code such as 17 04 05' }),
  description: z.string(),
  hazardous: z.boolean(),
  entry: z
    .enum(['AN', 'AH', 'MN', 'MH'])
    .optional()
    .meta({ description: 'WM3 entry type: absolute or mirror, non-hazardous or hazardous; a mirror entry needs a hazard assessment' }),
  mirrorOf: z.string().optional().meta({ description: "A mirror entry's twin" }),
});

export const materialSchema = z
  .object({
    code: materialCodeSchema,
    name: z.string(),
    category: materialCategorySchema,
    unit: quantityUnitSchema.meta({ description: 'The unit quantities of this material are given in' }),
    densityTPerM3: z.number().positive().nullable().meta({ description: 'Converts m3 to t where known' }),
    description: z.string(),
    ewcCodes: z.array(ewcCodeSchema).min(1),
    hazardous: z.boolean().meta({ description: 'True when any of its List of Waste codes is hazardous' }),
    properties: z.array(gradePropertySchema),
    substitutes: z
      .array(materialCodeSchema)
      .meta({ description: 'Other materials that a want for this material also accepts' }),
  })
  .meta({
    id: 'Material',
    example: {
      code: 'process-water',
      name: 'Process water',
      category: 'water',
      unit: 'm3',
      densityTPerM3: 1,
      description: 'Industrial process water suitable for non-potable use.',
      ewcCodes: [{ code: '16 10 02', description: 'aqueous liquid wastes', hazardous: false }],
      hazardous: false,
      properties: [{ name: 'ph', label: 'pH', kind: 'number', unit: 'pH', min: 0, max: 14 }],
      substitutes: [],
    },
  });

export type Material = z.infer<typeof materialSchema>;
export type GradeProperty = z.infer<typeof gradePropertySchema>;

/** The reviewed seed file: every entry valid, codes unique, substitutes known. */
export const materialCatalogueSchema = z
  .object({
    $comment: z.string().optional(),
    materials: z.array(materialSchema.omit({ hazardous: true })).min(1),
  })
  .superRefine((catalogue, ctx) => {
    const codes = new Set<string>();
    catalogue.materials.forEach((m, i) => {
      if (codes.has(m.code))
        ctx.addIssue({ code: 'custom', message: `duplicate code ${m.code}`, path: ['materials', i] });
      codes.add(m.code);
      const names = new Set(m.properties.map((p) => p.name));
      if (names.size !== m.properties.length)
        ctx.addIssue({
          code: 'custom',
          message: 'duplicate property name',
          path: ['materials', i, 'properties'],
        });
    });
    catalogue.materials.forEach((m, i) => {
      for (const s of m.substitutes)
        if (!codes.has(s) || s === m.code)
          ctx.addIssue({
            code: 'custom',
            message: `unknown substitute ${s}`,
            path: ['materials', i, 'substitutes'],
          });
    });
  });

export const materialListSchema = z.object({ items: z.array(materialSchema) });
export const materialParamsSchema = z.object({ code: materialCodeSchema });
