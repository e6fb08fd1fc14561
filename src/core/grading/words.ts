/** Word lists the rules share. Kept small and explicit so behaviour is easy to predict. */

export const STOPWORDS = new Set(
  ('a an the this that these those it its it s is are was were be been being am do does did doing done ' +
    'have has had having will would shall should can could may might must of to in on at by for from with ' +
    'about into onto over under as than then so such very too also just really quite rather some any each ' +
    'all both either which who whom whose what when where why how there here i me my we our you your he she ' +
    'they them their his her us if and or because since while e g ie i e eg etc s re ve ll d m get gets got ' +
    'well like basically generally usually typically often mostly kind sort thing things lot lots one ones ' +
    'use used using make makes making made way ways help helps can during still even already per other ' +
    'another again whole every everything anyone someone something anything ever exactly later able')
    .split(' '),
);

export const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nor', 'neither', 'hardly', 'none', 'nothing', 'barely']);

/** Clear "yes" / "no" answers to a yes/no question, counted at the edges of a clause. */
export const YES_WORDS = new Set(['yes', 'yeah', 'yep', 'yup', 'ya', 'yea', 'yess', 'sure', 'absolutely', 'definitely', 'certainly', 'indeed', 'affirmative', 'ofc', 'correct', 'true', 'totally']);
export const NO_WORDS = new Set(['no', 'nope', 'nah', 'nay', 'false', 'naw', 'noo', 'nop']);

/** Words that judge the idea in the question as fine (yes) or not (no). */
export const GOOD_WORDS = new Set(['ok', 'okay', 'fine', 'alright', 'acceptable', 'good', 'safe', 'recommended', 'recommend', 'advisable', 'works', 'work', 'appropriate', 'reasonable', 'harmless', 'allowed', 'standard', 'common', 'usual', 'typical', 'normal', 'legit', 'valid', 'okish', 'sensible', 'great']);
export const BAD_WORDS = new Set(['bad', 'wrong', 'avoid', 'terrible', 'harmful', 'problematic', 'dangerous', 'inadvisable', 'discouraged', 'unwise', 'poor', 'mistake', 'useless', 'pointless', 'unaffected', 'unchanged', 'excluded', 'ignored', 'skipped', 'omitted', 'behind', 'off', 'disabled', 'deactivated', 'inactive', 'unused', 'nope', 'horrible', 'awful']);

/** Clause openers whose content explains rather than decides. */
export const SUBORDINATORS = new Set(['because', 'since', 'as', 'if', 'unless', 'which', 'that', 'otherwise', 'cause', 'cuz', 'coz', 'bc', 'when', 'whereas', 'due', 'given']);

/** Conjunctions that start a new clause. */
export const CLAUSE_BREAKS = new Set(['but', 'however', 'whereas', 'while', 'although', 'though', 'yet', 'except', 'because', 'since', 'cause', 'cuz', 'bc', 'so', 'which', 'otherwise', 'unless']);

/** Words too general to carry an idea of a model answer on their own. */
export const GENERIC = new Set(
  ('important lead leads result results resulting cause causes help helps allow allows ensure ensures tend tends ' +
    'case cases certain specific number value values good better best choice approach common possible ' +
    'example instance instances problem problems issue issues term terms task tasks performance perform ' +
    'function method technique way ways significant significantly especially ' +
    'particular particularly however therefore thus first second third also often much many more less')
    .split(' '),
);
