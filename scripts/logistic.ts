/** Weighted L2-regularised logistic regression by Newton's method: deterministic, exact enough for a dozen features. */
export function fitLogistic(xs: number[][], ys: number[], ws: number[], lambda = 1, steps = 30): { bias: number; weights: number[] } {
  const d = (xs[0]?.length ?? 0) + 1;
  const beta = new Array<number>(d).fill(0);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x0, n) => {
      const x = [1, ...x0];
      const z = x.reduce((s, v, i) => s + v * (beta[i] as number), 0);
      const p = 1 / (1 + Math.exp(-z));
      const w = ws[n] as number;
      const g = w * ((ys[n] as number) - p);
      const h = w * p * (1 - p);
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] as number) + g * (x[i] as number);
        const row = hess[i] as number[];
        for (let j = 0; j < d; j++) row[j] = (row[j] as number) + h * (x[i] as number) * (x[j] as number);
      }
    });
    // The bias is not shrunk.
    for (let i = 1; i < d; i++) {
      grad[i] = (grad[i] as number) - lambda * (beta[i] as number);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] as number) + lambda;
    }
    const delta = solve(hess, grad);
    let moved = 0;
    for (let i = 0; i < d; i++) {
      beta[i] = (beta[i] as number) + (delta[i] as number);
      moved = Math.max(moved, Math.abs(delta[i] as number));
    }
    if (moved < 1e-9) break;
  }
  return { bias: beta[0] as number, weights: beta.slice(1) };
}

/** Gaussian elimination with partial pivoting. */
function solve(a0: number[][], b0: number[]): number[] {
  const n = b0.length;
  const a = a0.map((r, i) => [...r, b0[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[p] as number[])[c] as number)) p = r;
    [a[c], a[p]] = [a[p] as number[], a[c] as number[]];
    const pivot = (a[c] as number[])[c] as number;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((a[r] as number[])[c] as number) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (a[r] as number[])[k] = ((a[r] as number[])[k] as number) - f * ((a[c] as number[])[k] as number);
    }
  }
  return a.map((r, i) => (Math.abs(r[i] as number) < 1e-12 ? 0 : (r[n] as number) / (r[i] as number)));
}
