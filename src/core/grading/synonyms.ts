import { stem } from './stem.ts';
import { tokenize } from './normalize.ts';

/**
 * Ways of saying the same thing in the field, as groups whose first entry is the
 * canonical form. Multi-word variants are matched on stems, longest first, so
 * "rectified linear units" and "ReLU" meet; a canonical form may be several words
 * ("lasso" -> "l1 regularization") so it still meets a label that spells it out.
 */
const GROUPS: string[][] = [
  ['l1 regularization', 'lasso', 'lasso regularization', 'lasso regression', 'l1 penalty', 'l1 norm', 'l1 reg'],
  ['l2 regularization', 'ridge', 'ridge regression', 'weight decay', 'l2 penalty', 'l2 norm', 'l2 reg'],
  ['relu', 'rectified linear unit', 'rectifier'],
  ['elu', 'exponential linear unit'],
  ['selu', 'scaled exponential linear unit', 'scaled elu'],
  ['prelu', 'parametric relu'],
  ['tanh', 'hyperbolic tangent'],
  ['logistic', 'sigmoid', 'logistic function', 'logistic sigmoid'],
  ['lr', 'learning rate', 'step size'],
  ['backprop', 'backpropagation', 'back propagation', 'backward pass'],
  ['sgd', 'stochastic gradient descent'],
  ['gd', 'gradient descent'],
  ['network', 'neural network', 'neural net', 'nn', 'net', 'model'],
  ['neuron', 'unit', 'node', 'perceptron'],
  ['gradient', 'grad', 'gradients', 'grads'],
  ['initialize', 'init', 'initialise', 'initialization', 'initialisation', 'initialized'],
  ['inference', 'prediction', 'predict', 'test time', 'testing time', 'eval time', 'evaluation time', 'serving', 'deployment'],
  ['train', 'training', 'fitting'],
  ['dropout', 'drop out', 'drop neuron', 'drop unit', 'drop node', 'drop activation', 'drop connection'],
  ['prune', 'pruning', 'trim', 'remove connection', 'remove small weight', 'cut connection', 'cut away connection', 'cut away weight', 'remove weight', 'zero out small weight'],
  ['hyperparameter', 'hyper parameter'],
  ['multiclass', 'multi class', 'multiple class', 'many class', 'more than 2 class'],
  ['die', 'dying', 'dead', 'died'],
  ['ok', 'okay', 'fine', 'alright', 'acceptable'],
  ['same', 'identical', 'equal', 'constant', 'uniform'],
  ['different', 'distinct', 'diverse', 'varied'],
  ['symmetry', 'symmetric', 'symmetrical'],
  ['oscillate', 'oscillation', 'zigzag', 'bounce'],
  ['slow', 'slower', 'slowly', 'slowdown', 'take longer', 'takes longer'],
  ['fast', 'faster', 'quick', 'quicker', 'quickly', 'speedy', 'efficient', 'cheap', 'lightweight'],
  ['zero', '0'],
  ['minimum', 'min', 'minima'],
  // Plain-English equivalents that chat answers use for a model answer's words.
  ['reference', 'mention', 'link', 'cite', 'refer'],
  ['undo', 'revert', 'roll back', 'rollback'],
  ['repository', 'repo'],
  ['explain', 'justify', 'describe'],
  ['large', 'big', 'huge', 'giant'],
  ['mistake', 'accident', 'accidentally', 'error'],
  ['output layer', 'last layer', 'final layer'],
];

interface PhraseRule {
  from: string[];
  to: string[];
}

function buildRules(): Map<string, PhraseRule[]> {
  const byFirst = new Map<string, PhraseRule[]>();
  for (const group of GROUPS) {
    const to = tokenize(group[0] as string).map(stem);
    for (const variant of group) {
      const from = tokenize(variant).map(stem);
      if (from.length === 0 || (from.length === to.length && from.every((w, i) => w === to[i]))) continue;
      const first = from[0] as string;
      const list = byFirst.get(first) ?? [];
      list.push({ from, to });
      list.sort((a, b) => b.from.length - a.from.length);
      byFirst.set(first, list);
    }
  }
  return byFirst;
}

const RULES = buildRules();

/** Whether some synonym phrase starts with this stem: a clause without one needs no rewriting. */
export function startsPhrase(stem: string): boolean {
  return RULES.has(stem);
}

/**
 * Rewrites a stem sequence into canonical stems. `origin[i]` is the index in
 * the input of the word that produced output word i (for negation scope).
 */
export function canonicalize(stems: string[]): { keys: string[]; origin: number[] } {
  const keys: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < stems.length) {
    const rules = RULES.get(stems[i] as string);
    let applied = false;
    if (rules) {
      for (const rule of rules) {
        if (startsWith(stems, i, rule.from)) {
          for (const w of rule.to) {
            keys.push(w);
            origin.push(i);
          }
          i += rule.from.length;
          applied = true;
          break;
        }
      }
    }
    if (!applied) {
      keys.push(stems[i] as string);
      origin.push(i);
      i++;
    }
  }
  return { keys, origin };
}

/** `stems` holds `phrase` from position `at` on. */
function startsWith(stems: string[], at: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (stems[at + k] !== phrase[k]) return false;
  return true;
}
