"""The files the application reads at run time: fonts (with their licence), compiled translations
(and their .ts sources and glossary), the demo's story.

This directory sits at the top of the repository and is installed as `iomed_desk.resources`
(pyproject.toml maps it with `package-dir`), so wheels, editable installs and the frozen
application all find it the same way: read it with `importlib.resources.files("iomed_desk.resources")`,
never by a path relative to a module.
"""
