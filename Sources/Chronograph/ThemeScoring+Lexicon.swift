import ChronographExtract
import ChronographGraph

/// The graph stage scores themes with the extract stage's lexicon.
extension ThemeLexicon: ThemeScoring {}
