//! A conditional log-linear fit of the names model: at each place where a name is asked
//! for, "no name" (score 0) and the candidates compete in a softmax; the weights minimize
//! the annotations' negative log-likelihood plus an L2 penalty, found by L-BFGS.
//!
//! The objective is strictly convex, so its minimum does not depend on the order of the
//! articles, and a small change of the candidates moves the weights a little. The
//! perceptron it replaces could flip a decision near zero on any retraining.

use rustc_hash::FxHashMap;

use super::train::{Decision, gold};

/// The decisions with their feature keys replaced by dense indices.
struct Problem {
    /// Per decision: the candidates' feature indices (repeated keys repeated) and which
    /// candidate is the annotated name (None: no name).
    decisions: Vec<(Vec<Vec<u32>>, Option<usize>)>,
    features: usize,
}

impl Problem {
    fn new(decisions: &[Decision]) -> (Problem, Vec<u64>) {
        let mut index: FxHashMap<u64, u32> = FxHashMap::default();
        let mut keys = Vec::new();
        let mut out = Vec::with_capacity(decisions.len());
        for decision in decisions {
            let gold = gold(decision);
            let candidates = decision
                .iter()
                .map(|(ks, _)| {
                    ks.iter()
                        .map(|k| {
                            *index.entry(*k).or_insert_with(|| {
                                keys.push(*k);
                                (keys.len() - 1) as u32
                            })
                        })
                        .collect()
                })
                .collect();
            out.push((candidates, gold));
        }
        let features = keys.len();
        (
            Problem {
                decisions: out,
                features,
            },
            keys,
        )
    }

    /// The penalized negative log-likelihood at `w`, and its gradient in `grad`.
    fn loss(&self, w: &[f64], l2: f64, grad: &mut [f64]) -> f64 {
        grad.iter_mut().zip(w).for_each(|(g, wk)| *g = l2 * wk);
        let mut loss = 0.5 * l2 * w.iter().map(|x| x * x).sum::<f64>();
        let mut scores = Vec::new();
        for (candidates, gold) in &self.decisions {
            scores.clear();
            scores.extend(
                candidates
                    .iter()
                    .map(|ks| ks.iter().map(|&k| w[k as usize]).sum::<f64>()),
            );
            // Softmax over "no name" (score 0) and the candidates, shifted for stability.
            let top = scores.iter().copied().fold(0.0f64, f64::max);
            let none = (-top).exp();
            let total = none + scores.iter().map(|s| (s - top).exp()).sum::<f64>();
            let gold_score = gold.map_or(0.0, |g| scores[g]);
            loss += top + total.ln() - gold_score;
            for (n, ks) in candidates.iter().enumerate() {
                let p = (scores[n] - top).exp() / total - f64::from(u8::from(*gold == Some(n)));
                for &k in ks {
                    grad[k as usize] += p;
                }
            }
        }
        loss
    }
}

/// How the fit stops.
const MAX_ITERATIONS: usize = 500;
const HISTORY: usize = 10;
/// The fit stops when the gradient's largest component is below this.
const TOLERANCE: f64 = 1e-6;

/// The weights that minimize the penalized negative log-likelihood of `decisions`, by
/// feature key.
pub(super) fn fit(decisions: &[Decision], l2: f64) -> FxHashMap<u64, f32> {
    let (problem, keys) = Problem::new(decisions);
    let w = lbfgs(&problem, l2);
    keys.into_iter()
        .zip(w)
        // Rounded so the model file is short and the same on every machine.
        .map(|(k, w)| (k, ((w * 1000.0).round() / 1000.0) as f32))
        .collect()
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Limited-memory BFGS with a backtracking (Armijo) line search, from zero weights.
fn lbfgs(problem: &Problem, l2: f64) -> Vec<f64> {
    let n = problem.features;
    let mut w = vec![0.0; n];
    let mut grad = vec![0.0; n];
    let mut loss = problem.loss(&w, l2, &mut grad);
    let mut history: Vec<(Vec<f64>, Vec<f64>, f64)> = Vec::with_capacity(HISTORY);
    let mut next_w = vec![0.0; n];
    let mut next_grad = vec![0.0; n];
    for _ in 0..MAX_ITERATIONS {
        if grad.iter().all(|g| g.abs() < TOLERANCE) {
            break;
        }
        // The two-loop recursion: the direction -H·grad.
        let mut direction: Vec<f64> = grad.iter().map(|g| -g).collect();
        let mut alphas = Vec::with_capacity(history.len());
        for (s, y, rho) in history.iter().rev() {
            let alpha = rho * dot(s, &direction);
            direction
                .iter_mut()
                .zip(y)
                .for_each(|(d, yk)| *d -= alpha * yk);
            alphas.push(alpha);
        }
        if let Some((s, y, _)) = history.last() {
            let gamma = dot(s, y) / dot(y, y);
            direction.iter_mut().for_each(|d| *d *= gamma);
        }
        for ((s, y, rho), alpha) in history.iter().zip(alphas.iter().rev()) {
            let beta = rho * dot(y, &direction);
            direction
                .iter_mut()
                .zip(s)
                .for_each(|(d, sk)| *d += (alpha - beta) * sk);
        }
        let mut slope = dot(&grad, &direction);
        if slope >= 0.0 {
            // Not a descent direction: start again from the gradient.
            history.clear();
            direction = grad.iter().map(|g| -g).collect();
            slope = dot(&grad, &direction);
        }
        let mut step = 1.0;
        let mut next_loss;
        loop {
            next_w
                .iter_mut()
                .zip(&w)
                .zip(&direction)
                .for_each(|((nw, wk), d)| *nw = wk + step * d);
            next_loss = problem.loss(&next_w, l2, &mut next_grad);
            if next_loss <= loss + 1e-4 * step * slope || step < 1e-10 {
                break;
            }
            step *= 0.5;
        }
        let s: Vec<f64> = next_w.iter().zip(&w).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = next_grad.iter().zip(&grad).map(|(a, b)| a - b).collect();
        let sy = dot(&s, &y);
        std::mem::swap(&mut w, &mut next_w);
        std::mem::swap(&mut grad, &mut next_grad);
        let improvement = loss - next_loss;
        loss = next_loss;
        if sy > 1e-12 {
            if history.len() == HISTORY {
                history.remove(0);
            }
            history.push((s, y, 1.0 / sy));
        }
        if improvement.abs() < 1e-10 * loss.abs().max(1.0) {
            break;
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decisions over three features: 1 marks a name, 2 a non-name, 3 is in both.
    fn decisions() -> Vec<Decision> {
        vec![
            vec![(vec![1, 3], true), (vec![2, 3], false)],
            vec![(vec![2, 3], false)],
            vec![(vec![1], true)],
            vec![(vec![2], false), (vec![1, 3], true)],
        ]
    }

    #[test]
    fn the_fit_learns_which_features_mark_a_name() {
        let w = fit(&decisions(), 0.1);
        assert!(w[&1] > 0.5, "{w:?}");
        assert!(w[&2] < -0.5, "{w:?}");
    }

    #[test]
    fn the_fit_does_not_depend_on_the_order_of_the_decisions() {
        let mut reversed = decisions();
        reversed.reverse();
        assert_eq!(fit(&decisions(), 0.1), fit(&reversed, 0.1));
    }

    #[test]
    fn the_gradient_is_the_slope_of_the_loss() {
        let (problem, _) = Problem::new(&decisions());
        let w = vec![0.3, -0.2, 0.1];
        let mut grad = vec![0.0; 3];
        let loss = problem.loss(&w, 0.5, &mut grad);
        let mut scratch = vec![0.0; 3];
        for k in 0..3 {
            let mut moved = w.clone();
            moved[k] += 1e-6;
            let numeric = (problem.loss(&moved, 0.5, &mut scratch) - loss) / 1e-6;
            assert!(
                (numeric - grad[k]).abs() < 1e-4,
                "{k}: {numeric} vs {}",
                grad[k]
            );
        }
    }
}
