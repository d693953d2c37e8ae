// Texts of the analysis concept (goal seek, sensitivity, Monte Carlo): the same keys in both languages.
// The codes are listed in shared/analysis/errors.ts. Placeholders are written {name}; numbers arrive formatted
// for the language when shown through analysisMessage (shared/analysis/message.ts).
import { defineMessages } from './define';
export const analysis = defineMessages({
  nb: {
    'analysis.badRange': 'Søkeområdet må ha en nedre grense mindre enn den øvre (fikk {lo} til {hi}).',
    'analysis.noSolutionInRange':
      'Ingen verdi av «{lever}» mellom {lo} og {hi} gir {target} for «{output}»: resultatet er {atLo} ved {lo} og {atHi} ved {hi}.',
    'analysis.errorValue': '«{output}» kan ikke beregnes når «{lever}» er {x}.',
    'analysis.notConverged':
      'Fant ikke en nøyaktig verdi av «{lever}» etter {iterations} forsøk. Nærmeste verdi er {best}, som gir {achieved}.',
    'analysis.discontinuous':
      '«{output}» hopper over {target} når «{lever}» passerer {at} (fra {below} til {above}), så ingen verdi gir {target} nøyaktig.',
    'analysis.conditionNotMet':
      'Selv med «{lever}» lik {hi} er kravet ikke oppfylt: «{output}» er {value}, men skal være minst {required}.',
    'analysis.noEffect': '«{lever}» påvirker ikke «{output}», så ingen verdi av den kan nå målet.',
    'analysis.badLeverValue': '«{lever}» har ingen gyldig verdi å starte fra.',
    'analysis.badProbability': 'Sannsynligheten for «{lever}» må være et tall fra 0 til 1 (fikk {value}).',
    'analysis.badEffectRange':
      'Effektspennet for «{lever}» må være to tall der det første ikke er større enn det andre (fikk {lo} og {hi}).',
    'analysis.tooFewDraws': 'Simuleringen trenger minst {min} trekninger (fikk {draws}).',
    'analysis.badSeed': 'Startverdien for tilfeldige trekninger må være et helt tall (fikk {seed}).',
    'analysis.outputError': '«{output}» kan ikke beregnes i trekning {draw} av simuleringen.',
    'analysis.notApplicable': '«{line}» har ingen verdi i {year}, så det er ingenting å regne mot.',
  },
  en: {
    'analysis.badRange': 'The search range needs a lower bound below its upper bound (got {lo} to {hi}).',
    'analysis.noSolutionInRange':
      'No value of “{lever}” between {lo} and {hi} gives {target} for “{output}”: the result is {atLo} at {lo} and {atHi} at {hi}.',
    'analysis.errorValue': '“{output}” cannot be computed when “{lever}” is {x}.',
    'analysis.notConverged':
      'Found no exact value of “{lever}” after {iterations} tries. The closest is {best}, which gives {achieved}.',
    'analysis.discontinuous':
      '“{output}” jumps past {target} where “{lever}” passes {at} (from {below} to {above}), so no value gives {target} exactly.',
    'analysis.conditionNotMet':
      'Even with “{lever}” at {hi} the requirement is not met: “{output}” is {value} but must be at least {required}.',
    'analysis.noEffect': '“{lever}” does not affect “{output}”, so no value of it can reach the target.',
    'analysis.badLeverValue': '“{lever}” has no valid value to start from.',
    'analysis.badProbability': 'The probability of “{lever}” must be a number from 0 to 1 (got {value}).',
    'analysis.badEffectRange':
      'The effect range of “{lever}” must be two numbers, the first not greater than the second (got {lo} and {hi}).',
    'analysis.tooFewDraws': 'The simulation needs at least {min} draws (got {draws}).',
    'analysis.badSeed': 'The seed for random draws must be a whole number (got {seed}).',
    'analysis.outputError': '“{output}” cannot be computed in draw {draw} of the simulation.',
    'analysis.notApplicable': '“{line}” has no value in {year}, so there is nothing to compute against.',
  },
});
