# Convenience wrapper around CMake, in the spirit of Neovim's root Makefile.
#
#   make sample    install missing Debian packages, build (Release), convert the seed
#                  sample to every format into out/
#   make check     install missing packages, build and run every test (Release, then
#                  again with AddressSanitizer + UBSan, the ThreadSanitizer cases and a
#                  short fuzz smoke); what CI runs
#   make build     configure and build the Release tree in build/
#   make test      run the tests of the Release tree
#   make asan      build and test the sanitizer tree in build-asan/ (this replays every
#                  fuzz seed and regression input too)
#   make tsan      build core, plugins and the threaded tests with ThreadSanitizer in
#                  build-tsan/ and run the cases tagged [threads]
#   make fuzz      build the libFuzzer targets (clang, build-fuzz/) and run each for
#                  FUZZ_SECONDS (600); findings land in build-fuzz/fuzz/findings/
#   make fuzz-smoke  the same for FUZZ_SMOKE_SECONDS (45) per target, as CI does
#   make install   cmake --install build (PREFIX=/usr/local by default)
#   make bench     the benchmarks in tests/bench/ (installs the peers)
#   make format    clang-format every source file
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

.PHONY: all deps build test asan tsan fuzz-build fuzz fuzz-smoke check sample install bench \
        format clean

all: build

deps:
	scripts/install-deps.sh

build: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)

test: build
	ctest --preset release -j $(JOBS)

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

check: test asan tsan fuzz-smoke

sample: build
	$(BUILD_DIR)/bin/galley convert $(SAMPLE) --to all -d out
	@ls -l out/

install: build
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

bench: build
	tests/bench/run.sh

format:
	git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(TSAN_DIR) $(FUZZ_DIR) out
