"""The drafting desk's face: drafts, the clause editor, versions and redlines, positions and the agreement."""

from iomed_desk.gui.drafting.drafts_page import DraftsPage

__all__ = ["DraftsPage"]
