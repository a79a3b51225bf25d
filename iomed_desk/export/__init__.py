"""Agreement export: PDF rendering (reportlab), signing and verification (pyHanko).

No Qt here: the app layer calls these functions, on a worker thread when slow.
"""

import logging as _logging

# pyHanko and its certificate validator log path-building failures with tracebacks;
# without a handler Python's last-resort handler would print them on stderr. A
# NullHandler keeps the CLI's one-line errors clean and still lets an application
# that configures logging receive the records.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    _logging.getLogger(_name).addHandler(_logging.NullHandler())
