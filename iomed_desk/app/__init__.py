"""Use cases: the one API that the GUI and the command line both call.

Each operation composes store, core and export, writes its audit event in the
same transaction as the change, and returns a `Change` saying what to redraw.
"""
