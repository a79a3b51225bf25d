# IOMed Desk — set-up and everyday commands. Every target creates .venv when it is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# System packages the tests use: poppler's pdfsig/pdftoppm and qpdf for independent PDF checks,
# SoftHSM2 for the PKCS#11 token test, D-Bus and gnome-keyring for the real Secret Service keyring test,
# Xvfb and xwininfo for the test that the window opens on a real X server.
TEST_DEBS := poppler-utils qpdf libnss3-tools softhsm2 dbus gnome-keyring xvfb x11-utils
# Qt's offscreen and xcb platforms need these shared libraries on a bare Debian.
QT_DEBS := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
# A window on an X11 desktop (Qt's xcb platform; Qt 6.5 and newer need libxcb-cursor0).
XCB_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1 libxkbcommon-x11-0 libx11-xcb1

# Building the one-folder application: Qt's xcb platform libraries (bundled into it) and the
# validators for the desktop entry and AppStream metadata.
PACKAGE_DEBS := $(XCB_DEBS) desktop-file-utils appstream

.PHONY: run test test-latest lock lint system-deps gui-deps package-deps debs reliability bench \
	screenshots package icons translations clean mutation

# The lock files under requirements/ pin every dependency with its hashes (`make lock` writes them
# from pyproject.toml's ranges). Installing is two steps: the locked set with --require-hashes, then
# the project itself with --no-deps and --no-build-isolation (its build backend is in the lock), so
# nothing is resolved again and a new release elsewhere changes nothing here.
PIP_LOCKED = $(PY) -m pip install --quiet --require-hashes
# (setuptools' note on every editable install, "Editable installation ... be careful with folders",
# is advice for its own developers; it is kept off the set-up's output.)
PIP_SELF   = PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip install --quiet --no-deps --no-build-isolation

$(VENV)/.installed-run: requirements/app.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP_LOCKED) -r requirements/app.txt
	$(PIP_SELF) -e .
	touch $@

$(VENV)/.installed-test: requirements/test.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP_LOCKED) -r requirements/test.txt
	$(PIP_SELF) -e .
	touch $@ $(VENV)/.installed-run

# compileall: the first start reads bytecode rather than compiling every module it imports (issue 15)
run: $(VENV)/.installed-run gui-deps
	$(VENV)/bin/python -m compileall -q iomed_desk
	$(VENV)/bin/iomed-desk

# The lock: uv resolves once for every platform and Python the ranges admit (--universal), so the
# same files serve Linux, Windows and macOS. uv itself lives in its own venv; it is not a dependency.
LOCK_VENV := .venv-lock
UV_COMPILE = $(LOCK_VENV)/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock"
lock:
	test -x $(LOCK_VENV)/bin/uv || ($(PYTHON) -m venv $(LOCK_VENV) && $(LOCK_VENV)/bin/pip install --quiet uv)
	$(UV_COMPILE) pyproject.toml requirements/build.in -o requirements/app.txt
	$(UV_COMPILE) pyproject.toml requirements/build.in --extra test -c requirements/app.txt -o requirements/test.txt
	$(UV_COMPILE) pyproject.toml requirements/build.in --extra package --extra pkcs11 -c requirements/app.txt -o requirements/package.txt

# The suite against the newest releases pyproject.toml's ranges allow, in a venv of its own: where
# the next deprecation or break shows first. Not part of `make test` or CI.
LATEST_VENV := .venv-latest
test-latest: system-deps
	rm -rf $(LATEST_VENV)
	$(PYTHON) -m venv $(LATEST_VENV)
	$(LATEST_VENV)/bin/pip install --quiet --upgrade pip setuptools
	$(LATEST_VENV)/bin/pip install --quiet --upgrade --upgrade-strategy eager -e '.[test]'
	$(LATEST_VENV)/bin/pip list --format=freeze > $(LATEST_VENV)/versions.txt
	QT_QPA_PLATFORM=offscreen $(LATEST_VENV)/bin/python -m pytest -q -m "not slow" -p no:cacheprovider

# Installs missing Debian packages when run as root (or with sudo); otherwise says what is missing.
system-deps:
	@$(MAKE) --no-print-directory debs DEBS="$(TEST_DEBS) $(QT_DEBS) $(XCB_DEBS)"

gui-deps:
	@$(MAKE) --no-print-directory debs DEBS="$(QT_DEBS) $(XCB_DEBS)"

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
	  else echo "Missing system packages:$$missing (install them with: sudo apt-get install$$missing)"; fi; \
	fi

test: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check iomed_desk tests benchmarks scripts packaging

reliability: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(PY) scripts/reliability_report.py --report docs/reliability.md

bench: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py --report docs/benchmarks.md $(if $(BIG),--big) $(if $(SAVE),--save-json $(SAVE))

screenshots: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots
	$(PY) scripts/agreement_screenshots.py docs/screenshots

$(VENV)/.installed-package: requirements/package.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP_LOCKED) -r requirements/package.txt
	$(PIP_SELF) -e .
	touch $@ $(VENV)/.installed-run

# The one-folder application in dist/iomed-desk, then a check that it starts.
package: $(VENV)/.installed-package package-deps
	$(VENV)/bin/python -m compileall -q iomed_desk
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

# Mutation testing over the modules that keep the promises (scripts/mutation/modules.toml): mutmut, in
# copies of the committed tree under scripts/mutation/work/, writes docs/mutation.md. About an hour on
# 2 cores; not part of `make test` or CI. mutmut is no dependency of the project: it lives in
# .venv-mutation beside the test lock. MUTATION_ARGS passes options, e.g. --only core-redline.
mutation: system-deps
	test -x .venv-mutation/bin/python || $(PYTHON) -m venv .venv-mutation
	.venv-mutation/bin/python -m pip install --quiet --require-hashes -r requirements/test.txt
	.venv-mutation/bin/python -m pip install --quiet --require-hashes -r scripts/mutation/requirements.txt
	nice .venv-mutation/bin/python scripts/mutation/run.py $(MUTATION_ARGS)

clean:
	rm -rf $(VENV) $(LATEST_VENV) $(LOCK_VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
