import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Material, Session } from './types.ts';

export interface AppState {
  session: Session;
  materials: Material[];
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside a signed-in page');
  return state;
}

export const isOfficer = (s: Session) => s.role === 'officer' || s.role === 'admin';

export function materialName(materials: Pick<Material, 'code' | 'name'>[], code: string): string {
  return materials.find((m) => m.code === code)?.name ?? code;
}

export const materialOptions = (materials: Material[]) => materials.map((m) => [m.code, m.name] as const);
