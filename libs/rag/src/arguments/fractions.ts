/**
 * Whether a parameter can take a share of the whole ("halfway", "30%"): its unit is %, or it is a bare
 * number. Reading the share in a request is language machinery (`findFractions` in @meshmind/language).
 */
export function takesPercentage(parameter: { type: string; unit?: string }): boolean {
  return (parameter.type === 'integer' || parameter.type === 'number') && (parameter.unit === undefined || parameter.unit === '' || parameter.unit === '%');
}
