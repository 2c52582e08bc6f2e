"""Data files shipped with Cercle: method definitions, translations, fonts, icons."""
