import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { registerPasswordScorer, type PasswordScorer } from './password-policy';

zxcvbnOptions.setOptions({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });

/** zxcvbn-ts with its common dictionary (passwords, names, keyboard patterns). Import for its effect. */
export const zxcvbnScore: PasswordScorer = (password, userInputs) => zxcvbn(password, userInputs).score;

registerPasswordScorer(zxcvbnScore);
