# Convenience wrapper around CMake, in the spirit of Neovim's root Makefile.
#
#   make sample    install missing Debian packages, build (Release), convert the seed
#                  sample to every format into out/
#   make check     install missing packages, build and run every test (Release, then
#                  again with AddressSanitizer + UBSan); what CI runs
#   make build     configure and build the Release tree in build/
#   make test      run the tests of the Release tree
#   make asan      build and test the sanitizer tree in build-asan/
#   make install   cmake --install build (PREFIX=/usr/local by default)
#   make bench     the benchmarks in tests/bench/ (installs the peers)
#   make format    clang-format every source file
#   make clean

# Build folders come from CMakePresets.json: build/ (release), build-asan/ (asan-ubsan).
BUILD_DIR := build
ASAN_DIR  := build-asan
PREFIX    ?= /usr/local
JOBS      ?= $(shell nproc)
SAMPLE    ?= samples/harbin-expo.yaml

.PHONY: all deps build test asan check sample install bench format clean

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

check: test asan

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
	rm -rf $(BUILD_DIR) $(ASAN_DIR) out
