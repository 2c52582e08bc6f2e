"""Documents Cercle writes: session minutes (and, with the repertoire, the booklet)."""
