import type { Material } from '../types.ts';

/** The materials a want may accept besides its first: those measured in the same unit. */
export const materialsLike = (materials: Material[], first: Material) =>
  materials.filter((m) => m.code !== first.code && m.unit === first.unit);

/** "Also accept": a want for foundry sand that would take silica sand as well. */
export function OtherMaterials(props: {
  first: Material;
  options: Material[];
  chosen: string[];
  onChange: (codes: string[]) => void;
  errors: Record<string, string>;
}) {
  const error = Object.entries(props.errors).find(([path]) => path.startsWith('materials'))?.[1];
  return (
    <fieldset class="choices">
      <legend>Also accept, besides {props.first.name.toLowerCase()} (optional)</legend>
      {props.options.map((m) => (
        <label key={m.code} class="inline">
          <input
            type="checkbox"
            name="also-accept"
            value={m.code}
            checked={props.chosen.includes(m.code)}
            onChange={(e) =>
              props.onChange(e.currentTarget.checked ? [...props.chosen, m.code] : props.chosen.filter((c) => c !== m.code))
            }
          />{' '}
          {m.name}
        </label>
      ))}
      {error && <span class="error">{error}</span>}
    </fieldset>
  );
}
