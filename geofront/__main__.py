import sys

from geofront.cli import main

sys.exit(main())
