"""Agreement export: PDF rendering (reportlab), signing and verification (pyHanko).

No Qt here: the app layer calls these functions, on a worker thread when slow.
"""
