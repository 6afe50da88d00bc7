"""Allows ``python -m app`` as well as the ``waymark`` command."""

import sys

from app.cli import main

sys.exit(main())
