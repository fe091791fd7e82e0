#!/usr/bin/env bash
# Installs the Debian 12 packages galley needs to build, run and test, and only the
# ones that are missing. Runs apt-get through sudo when not root.
#
#   scripts/install-deps.sh            build + run + test dependencies
#   scripts/install-deps.sh --bench    also the benchmark peers (pandoc, WeasyPrint, ...)
set -euo pipefail

packages=(
    # toolchain, and what builds the man page and the .deb (help2man, dpkg-shlibdeps)
    g++ cmake make pkg-config help2man dpkg-dev file clang-format
    # the fuzz tree: clang with libFuzzer and its sanitizer runtimes, llvm-symbolizer
    clang libclang-rt-dev llvm
    # libraries (headers)
    libboost-dev libboost-filesystem-dev libyaml-cpp-dev libcli11-dev libcmark-dev
    libxml2-dev libssl-dev libzip-dev libhpdf-dev libharfbuzz-dev libhyphen-dev zlib1g-dev libicu-dev catch2
    libpng-dev libjpeg62-turbo-dev libglib2.0-dev
    # fonts and hyphenation dictionaries the PDF exporter embeds and uses
    fonts-liberation2 fonts-dejavu-core fonts-dejavu-extra fonts-wqy-zenhei fonts-noto-core fonts-noto-cjk fonts-symbola
    hyphen-en-us hyphen-ru
    # checkers the tests run: poppler, qpdf, MuPDF (mutool), xmllint, epubcheck (Java), Chromium, JSON Schema
    poppler-utils qpdf mupdf-tools libxml2-utils epubcheck default-jre-headless chromium
    python3 python3-jsonschema python3-yaml
    # GNU time: tests/memory reads peak RSS with /usr/bin/time
    time
    # the bash completion test sources bash-completion's helpers; man-db for `man -w`
    bash-completion man-db
    # the container image (scripts/build-image.sh) and the sharded run in containers
    podman runc debootstrap uidmap slirp4netns fuse-overlayfs bc
)
# node and npm for tests/a11y (axe-core, epub.js, stylelint in Chromium), unless a node
# is installed already (a NodeSource node brings its own npm, which Debian's conflicts with)
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
if [ "${1-}" = "--bench" ]; then
    # peers and tools of tests/bench (compare.sh, profile.sh: perf and strace)
    packages+=(libbenchmark-dev pandoc weasyprint wkhtmltopdf hyperfine lua5.3
               linux-perf strace)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
