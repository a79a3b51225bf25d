"""The desktop face: PySide6 windows, dialogs and item models. No SQL, no confidentiality decisions."""
