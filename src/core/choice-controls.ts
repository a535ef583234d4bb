/**
 * A question's choices as controls, within a platform's limits: buttons in rows while they fit,
 * otherwise menus (a platform with no menus always lays out buttons). Labels are trimmed and
 * clipped, an empty one shows its number. Each adapter maps the result 1:1 onto its own
 * components; how a control carries its choice (an action id, a custom id, a menu value) is the
 * adapter's, from the choice's id and index. Pure; no platform types.
 */
import { choiceLabel, fitsAsButtons, rowsOf } from './fit-text.js';
import type { Choice } from './types.js';

export interface ChoiceLimits {
  /** Longest button label. */
  buttonLabel: number;
  /** Buttons in a row. */
  buttonsPerRow: number;
  /**
   * Menus, for choices that do not fit as buttons (more than `maxButtons`, or a label longer
   * than `buttonLabel`). Absent: always buttons, every row kept.
   */
  menus?: { maxButtons: number; optionLabel: number; optionsPerMenu: number; maxMenus: number };
}

/** One button or menu option: the label shown, and the choice (its id and its place in the question). */
export interface Control {
  label: string;
  id: string;
  index: number;
}

export type ChoiceControls = { kind: 'buttons'; rows: Control[][] } | { kind: 'menus'; menus: Control[][] };

export function choiceControls(choices: readonly Choice[], limits: ChoiceLimits): ChoiceControls {
  const menus = limits.menus;
  if (menus && choices.length > 0 && !fitsAsButtons(choices, menus.maxButtons, limits.buttonLabel)) {
    const options = choices.map((c, index) => ({ label: choiceLabel(c.label, menus.optionLabel, index), id: c.id, index }));
    return { kind: 'menus', menus: rowsOf(options, menus.optionsPerMenu, menus.maxMenus) };
  }
  const buttons = choices.map((c, index) => ({ label: choiceLabel(c.label, limits.buttonLabel, index), id: c.id, index }));
  return { kind: 'buttons', rows: rowsOf(buttons, limits.buttonsPerRow) };
}
