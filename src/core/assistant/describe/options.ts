/** How long a description should be. */
export type DescriptionLength = 'short' | 'medium' | 'long';
/** The voice a description is written in. */
export type DescriptionTone = 'friendly' | 'premium' | 'technical';

export const DESCRIPTION_LENGTHS: readonly DescriptionLength[] = ['short', 'medium', 'long'];
export const DESCRIPTION_TONES: readonly DescriptionTone[] = ['friendly', 'premium', 'technical'];

/** Sentences asked for, and the token budget that leaves room for them at the small model's wordiness. */
export const LENGTH_PLAN: Readonly<Record<DescriptionLength, { sentences: number; maxNewTokens: number }>> = {
  short: { sentences: 2, maxNewTokens: 72 },
  medium: { sentences: 3, maxNewTokens: 110 },
  long: { sentences: 5, maxNewTokens: 180 },
};

export function isDescriptionLength(value: string): value is DescriptionLength {
  return (DESCRIPTION_LENGTHS as readonly string[]).includes(value);
}

export function isDescriptionTone(value: string): value is DescriptionTone {
  return (DESCRIPTION_TONES as readonly string[]).includes(value);
}
