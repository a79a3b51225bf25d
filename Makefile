# IOMed Desk — set-up and everyday commands. Every target creates .venv when it is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# System packages the tests use: poppler's pdfsig/pdftoppm and qpdf for independent PDF checks,
# SoftHSM2 for the PKCS#11 token test.
TEST_DEBS := poppler-utils qpdf softhsm2
# Qt's offscreen and xcb platforms need these shared libraries on a bare Debian.
QT_DEBS := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0

# Building the one-folder application: Qt's xcb platform libraries (bundled into it) and the
# validators for the desktop entry and AppStream metadata.
PACKAGE_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxkbcommon-x11-0 desktop-file-utils appstream

.PHONY: run test lint system-deps package-deps reliability bench screenshots package icons translations clean

$(VENV)/.installed-run: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(VENV)/bin/iomed-desk

# Installs missing Debian packages when run as root (or with sudo); otherwise says what is missing.
system-deps:
	@$(MAKE) --no-print-directory debs DEBS="$(TEST_DEBS) $(QT_DEBS)"

package-deps:
	@$(MAKE) --no-print-directory debs DEBS="$(QT_DEBS) $(PACKAGE_DEBS)"

debs:
	@missing=""; for p in $(DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then \
	    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Missing system packages (some tests will be skipped):$$missing"; fi; \
	fi

test: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check iomed_desk tests benchmarks scripts packaging

reliability: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(PY) scripts/reliability_report.py --report docs/reliability.md

bench: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py --report docs/benchmarks.md

screenshots: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

$(VENV)/.installed-package: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[package]'
	touch $@ $(VENV)/.installed-run

# The one-folder application in dist/iomed-desk, then a check that it starts.
package: $(VENV)/.installed-package package-deps
	$(VENV)/bin/pyinstaller packaging/iomed-desk.spec --noconfirm --distpath dist --workpath build/pyinstaller
	dist/iomed-desk/iomed-desk --version
	QT_QPA_PLATFORM=offscreen dist/iomed-desk/iomed-desk gui --smoke

# The Chinese interfaces: new GUI strings into the .ts files, filled from glossary.json, then the .qm files.
translations: $(VENV)/.installed-run
	$(PY) scripts/translations.py update
	$(PY) scripts/translations.py compile
	$(PY) scripts/translations.py check

icons: $(VENV)/.installed-run
	$(PY) packaging/render_icons.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
