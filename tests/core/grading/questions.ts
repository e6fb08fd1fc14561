import type { KeyPoint, Question } from '../../../src/core/deck.ts';

/** Hand-made questions (text from our seed deck) so grading tests need no parser. */
export function open(prompt: string, answer: string, keyPoints: KeyPoint[] = []): Question {
  return { number: 1, type: 'open', prompt, answer, accepted: [], choices: [], keyPoints, tags: [], glossary: [], line: 0 };
}

export function short(prompt: string, accepted: string[]): Question {
  return { number: 1, type: 'short', prompt, answer: accepted.join(', '), accepted, choices: [], keyPoints: [], tags: [], glossary: [], line: 0 };
}

export function choice(prompt: string, choices: string[], accepted: string[]): Question {
  return { number: 1, type: 'choice', prompt, answer: accepted.join(', '), accepted, choices, keyPoints: [], tags: [], glossary: [], line: 0 };
}

const kp = (label: string, ...aliases: string[]): KeyPoint => ({ label, aliases });

export const sameWeightsPrompt =
  'Is it okay to initialize all the weights to the same value as long as that value is selected randomly using He initialization?';
export const sameWeightsAnswer =
  'It is generally not recommended to initialize all the weights in a neural network to the same value, even if that value is selected randomly using He initialization. This is because initializing all the weights to the same value can lead to symmetric gradients during backpropagation, which can cause the network to get stuck in a local minimum during training.\n\nHowever, it is still important to initialize the weights of each layer with some degree of randomness to break the symmetry of the gradients.';

/** Q1 with the key points the shipped deck states. */
export const sameWeights = open(sameWeightsPrompt, sameWeightsAnswer, [
  kp('No', 'not okay', 'not recommended', 'should not', 'bad idea', 'never'),
  kp('symmetry', 'symmetric', 'break the symmetry', 'same gradients', 'neurons learn the same'),
  kp('each weight its own random value', 'different random values', 'independent random values'),
]);

/** Q1 with no key points: the rubric comes from the model answer. */
export const sameWeightsDerived = open(sameWeightsPrompt, sameWeightsAnswer);

const sparseAnswer = `Here are three ways to produce a sparse model:

1. L1 Regularization: L1 regularization (also known as Lasso regularization) adds a penalty term to the loss function that encourages the weights to be set to zero.
2. Dropout: Dropout is a technique that randomly drops out some of the neurons in the network during training.
3. Pruning: Pruning is a technique that involves iteratively removing the least important connections or neurons from the network.`;

/** Q6 without key points: the numbered list is the rubric. */
export const sparse = open('Name three ways you can produce a sparse model.', sparseAnswer);

const dropoutPrompt = 'Does dropout slow down training? Does it slow down inference (i.e., making predictions on new instances)?';
const dropoutAnswer =
  'Yes, dropout does slow down training, because during training, dropout forces the network to perform more forward and backward passes than it would without dropout. However, the slowdown is usually not too significant.\n\nDuring inference (i.e., making predictions on new instances), dropout does not need to be applied, because the network has already been trained. Therefore, dropout does not slow down inference.';

/** Q7 without key points: two yes/no parts read from the model answer. */
export const dropout = open(dropoutPrompt, dropoutAnswer);

/** Q2 without key points. */
export const zeroBias = open(
  'Is it okay to initialize the bias terms to 0?',
  'It is generally okay to initialize the bias terms to 0 in a neural network, as long as the weights are initialized with some degree of randomness. This is because the bias terms are typically used to shift the output of a layer, and their initial value is not as critical as the initial values of the weights.',
);

/** Q5 without key points: ideas come from the answer's opening clauses. */
export const momentum = open(
  'What may happen if you set the momentum hyperparameter too close to 1 (e.g., 0.99999) when using a MomentumOptimizer?',
  'If the momentum hyperparameter is set too close to 1 (e.g., 0.99999) when using a MomentumOptimizer, the optimizer will tend to accumulate gradients from previous steps for a long time, resulting in a very slow convergence to the minimum of the loss function. This can lead to overshooting the minimum and bouncing back and forth around it. In extreme cases, it can also lead to the optimizer failing to converge altogether, resulting in a divergence of the optimization process.',
);

export const eluAdvantages = open(
  'Name three advantages of the ELU activation function over ReLU.',
  '1. Smoother function: ELU is smoother than ReLU.\n2. Handles negative inputs: it avoids the dying ReLU problem.\n3. Closer to zero mean outputs: outputs are closer to zero mean than ReLU.',
);
