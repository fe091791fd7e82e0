# Convenience wrapper around CMake, in the spirit of Neovim's root Makefile.
#
#   make sample    install missing Debian packages, build (Release), convert the seed
#                  sample to every format into out/
#   make check     install missing packages, check formatting (clang-format), build and
#                  run every test (Release with warnings as errors, then again with
#                  AddressSanitizer + UBSan, the
#                  ThreadSanitizer cases and a short fuzz smoke), then build, install, try
#                  and remove the .deb and run the sharded container test; what CI runs
#   make build     configure and build the Release tree in build/ (PRESET=ci: -Werror)
#   make test      run the tests of the Release tree
#   make asan      build and test the sanitizer tree in build-asan/ (this replays every
#                  fuzz seed and regression input too)
#   make tsan      build core, plugins and the threaded tests with ThreadSanitizer in
#                  build-tsan/ and run the cases tagged [threads]
#   make fuzz      build the libFuzzer targets (clang, build-fuzz/) and run each for
#                  FUZZ_SECONDS (600); findings land in build-fuzz/fuzz/findings/
#   make fuzz-smoke  the same for FUZZ_SMOKE_SECONDS (45) per target, as CI does
#   make install   cmake --install build (PREFIX=/usr/local by default)
#   make deb       the Debian package, build/galley_<version>_<arch>.deb
#   make deb-check build the .deb, install it with dpkg, convert and build a plugin
#                  against it, remove it (root only: it changes the system)
#   make image     the container image galley:<version> (podman, offline; root)
#   make distributed-check  the image, then 4 containers sharing one archive as a
#                  Kubernetes Indexed Job runs them (tests/distributed/; root)
#   make bench     the benchmarks in tests/bench/ (installs the peers)
#   make bench-startup  the seed to every format as one process, timed by hyperfine
#                  (tests/bench/startup.sh --realtime --breakdown; root; about a minute)
#   make format    clang-format every source file
#   make format-check  fail when a source file differs from what clang-format writes
#   make clean

# Build folders come from CMakePresets.json: build/ (release), build-asan/ (asan-ubsan),
# build-tsan/ (tsan), build-fuzz/ (fuzz).
BUILD_DIR := build
ASAN_DIR  := build-asan
TSAN_DIR  := build-tsan
FUZZ_DIR  := build-fuzz
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 45
PREFIX    ?= /usr/local
JOBS      ?= $(shell nproc)
SAMPLE    ?= samples/harbin-expo.yaml
# release (warnings are warnings, for packagers and users) or ci (warnings are errors).
PRESET    ?= release

.PHONY: all deps build test asan tsan fuzz-build fuzz fuzz-smoke check sample install deb \
        deb-check image distributed-check bench bench-startup format format-check clean

all: build

deps:
	scripts/install-deps.sh

build: deps
	cmake --preset $(PRESET)
	cmake --build --preset $(PRESET) -j $(JOBS)

test: build
	ctest --preset $(PRESET) -j $(JOBS)

asan: deps
	cmake --preset asan-ubsan
	cmake --build --preset asan-ubsan -j $(JOBS)
	ctest --preset asan-ubsan -j $(JOBS)

tsan: deps
	cmake --preset tsan
	cmake --build --preset tsan -j $(JOBS)
	ctest --preset tsan -j $(JOBS)

fuzz-build: deps
	cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS)

fuzz: fuzz-build
	fuzz/run.sh $(FUZZ_SECONDS)

fuzz-smoke: fuzz-build
	fuzz/run.sh $(FUZZ_SMOKE_SECONDS)

check:
	$(MAKE) format-check
	$(MAKE) test PRESET=ci
	$(MAKE) asan
	$(MAKE) tsan
	$(MAKE) fuzz-smoke
	$(MAKE) deb-check PRESET=ci
	$(MAKE) distributed-check PRESET=ci

sample: build
	$(BUILD_DIR)/bin/galley convert $(SAMPLE) --to all -d out
	@ls -l out/

install: build
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

deb: build
	cd $(BUILD_DIR) && cpack -G DEB

deb-check: build
	tests/install/deb_package.sh $(BUILD_DIR) .

image: build
	scripts/build-image.sh galley:test

distributed-check: image
	tests/distributed/sharded_containers.sh . galley:test

bench: build
	tests/bench/run.sh

bench-startup: build
	scripts/install-deps.sh --bench
	tests/bench/startup.sh --realtime --breakdown

format:
	git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

format-check: deps
	git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(TSAN_DIR) $(FUZZ_DIR) out
