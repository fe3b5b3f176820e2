/** A kit's recipe: `quantity` units of each component per kit. */
export interface KitRecipe {
  componentProductId: string;
  quantity: number;
}

export interface DemandLine {
  productId: string;
  quantity: number;
}

export interface ComponentRequirement {
  productId: string;
  quantity: number;
}

/**
 * What a line needs from the shelves: a kit line becomes its components times the line quantity,
 * any other product is needed as itself. Components keep the recipe's order.
 */
export function expandLine(line: DemandLine, recipe: readonly KitRecipe[] | undefined): ComponentRequirement[] {
  if (!recipe?.length) return [{ productId: line.productId, quantity: line.quantity }];
  return recipe.map((c) => ({ productId: c.componentProductId, quantity: c.quantity * line.quantity }));
}

/**
 * How many kits can be made from the available stock: the scarcest component decides,
 * min over components of ⌊available ÷ quantity per kit⌋ (0 if a component has no stock).
 */
export function kitAvailability(recipe: readonly KitRecipe[], available: (productId: string) => number): number {
  if (recipe.length === 0) return 0;
  return Math.min(...recipe.map((c) => Math.floor(Math.max(available(c.componentProductId), 0) / c.quantity)));
}
