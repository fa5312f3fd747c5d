"""`python -m storyline.cli`."""

from storyline.cli import main

main()
