#!/usr/bin/env bash
# Builds the galley container image offline, with podman, from this repository:
#
#   scripts/build-image.sh [TAG]        (default tag: galley:<version>; needs root)
#
#  1. the project's .deb from build/ (configured with the release preset if it is not);
#  2. a Debian 12 minbase root file system made with debootstrap from the apt mirror
#     this machine is configured with, holding galley's runtime dependencies (read from
#     the .deb's Depends), imported as localhost/galley-base:bookworm with podman import;
#  3. the image from Containerfile on that base: no registry is contacted.
#
# podman runs with runc and cgroupfs, which work on hosts where crun's cgroup handling
# does not (hybrid cgroups); scripts/install-deps.sh installs podman, runc
# and debootstrap.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
    echo "build-image.sh: debootstrap and podman import need root"; exit 1
fi
version=$(sed -n 's/^project(galley VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
tag=${1:-galley:$version}
podman=(podman --runtime runc --cgroup-manager=cgroupfs)

# The .deb of the tree as it is now (a configured build/ is reused as it is).
if [ ! -f build/CMakeCache.txt ]; then
    cmake --preset release >/dev/null
fi
cmake --build build -j "$(nproc)" >/dev/null
rm -f build/galley_*.deb
(cd build && cpack -G DEB >/dev/null 2>&1)
deb=$(ls build/galley_"$version"_*.deb | head -1)

# The base: galley's dependencies, without versions, as debootstrap --include wants them.
depends=$(dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/ //g' |
          grep -v '^$' | sort -u | paste -sd, -)
# The mirror this machine's apt uses (deb822 .sources or one-line sources.list).
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
if [ -z "$mirror" ]; then
    mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "build-image: debootstrap bookworm (minbase + $(tr ',' '\n' <<<"$depends" | wc -l) packages)"
debootstrap --variant=minbase --include="$depends" bookworm "$work/rootfs" $mirror >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log"; exit 1; }
# What an image does not need: downloaded packages, package lists, documentation.
rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/lib/apt/lists/* \
       "$work"/rootfs/usr/share/doc/* "$work"/rootfs/usr/share/man/* "$work"/rootfs/usr/share/info/*
tar --numeric-owner -C "$work/rootfs" -c . | "${podman[@]}" import - localhost/galley-base:bookworm >/dev/null 2>&1

cp "$deb" "$work/"
"${podman[@]}" build --pull=never -f Containerfile --build-arg BASE=localhost/galley-base:bookworm \
    --build-arg DEB="$(basename "$deb")" -t "$tag" "$work" >"$work/build.log" 2>&1 ||
    { tail -20 "$work/build.log"; exit 1; }
size=$("${podman[@]}" image inspect "$tag" --format '{{.Size}}')
echo "build-image: $tag, $((size / 1024 / 1024)) MiB"
