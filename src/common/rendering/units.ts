const POINTS_PER_INCH = 72;
const MILLIMETRES_PER_INCH = 25.4;

/** Millimetres to PDF points (1/72 inch), the unit of every pdfkit coordinate. */
export function mm(value: number): number {
  return (value * POINTS_PER_INCH) / MILLIMETRES_PER_INCH;
}

/** The 4×6 inch (101.6 × 152.4 mm) thermal shipping label, portrait, in points. */
export const LABEL_4X6: [number, number] = [mm(101.6), mm(152.4)];
