#!/usr/bin/env bash
# Install what Recovery Tracker needs into .venv: the Debian libraries Qt uses (when missing),
# then the Python packages. Safe to run again; it only does what is not done yet.
#   scripts/setup.sh          the app
#   scripts/setup.sh --test   the app and its test tools
set -euo pipefail
cd "$(dirname "$0")/.."

extra=""
[ "${1:-}" = "--test" ] && extra="[test]"

# Qt's shared libraries (window system, OpenGL, fonts) and Python's venv module.
# Fonts for what people write in their notes: Noto for Arabic, Hebrew, Cyrillic, Greek,
# Devanagari and most other scripts (core), Chinese, Japanese and Korean (cjk), colour emoji
# for the window, and Symbola, a black-and-white emoji font that matplotlib and PDF text can
# use. With DejaVu alone all of these come out as empty boxes.
debian_packages=(
  python3-venv python3-pip
  libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 fonts-dejavu-core
  fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji fonts-symbola
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)
# The tests read the report back with pdftotext.
[ -n "$extra" ] && debian_packages+=(poppler-utils)

# The tests also start a private D-Bus session (desktop notifications) and validate the
# login autostart entry.
[ -n "$extra" ] && debian_packages+=(dbus-daemon desktop-file-utils)
# ... and run the keyboard tests once more on an X server, with a Linux desktop's key bindings,
# and the window's placement under a window manager that draws frames.
[ -n "$extra" ] && debian_packages+=(xvfb xauth openbox)

install_debian_packages() {
  command -v dpkg-query >/dev/null || return 0   # not Debian/Ubuntu: nothing to do here
  local missing=()
  for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Please install these Debian packages first: ${missing[*]}" >&2; return 1
    fi
  fi
  echo "Installing system libraries: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Recovery Tracker needs Python 3.11 or newer." >&2
  return 1
}

install_debian_packages
python=$(pick_python)
[ -x .venv/bin/python ] || "$python" -m venv .venv

# Reinstall only when the project's requirements changed since the last install.
stamp=".venv/.installed${extra:+-test}"
wanted=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  # constraints.txt pins every package to the version the tests ran with.
  .venv/bin/python -m pip install --quiet --constraint constraints.txt -e ".${extra}"
  echo "$wanted" > "$stamp"
fi

# Compile any translations (resources/translations/recovery_tracker_<language>.ts) for the app.
for translation in resources/translations/recovery_tracker_*.ts; do
  [ -e "$translation" ] || continue
  qm="${translation%.ts}.qm"
  [ "$qm" -nt "$translation" ] || .venv/bin/pyside6-lrelease -silent "$translation"
done
