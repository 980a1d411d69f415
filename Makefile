# Thin wrapper: the two README commands, plus bench. CMake + Ninja do the work.
BUILD ?= build
CMAKE_FLAGS ?=
ifdef CI
CMAKE_FLAGS += -DRECENSION_WERROR=ON
endif
SAMPLES = resources/samples/harbour-original.txt resources/samples/harbour-spun.txt

.PHONY: all setup configure build run test bench package clean sanitize fuzz

all: build

setup:
	@packaging/setup-deps.sh

configure: setup
	@cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD)

run: build
	$(BUILD)/recension $(SAMPLES)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2

# BENCH_ARGS: e.g. --sizes S,M  --no-external  --corpus DIR (see recension-bench --help)
bench: build
	$(BUILD)/tests/bench/recension-bench --all $(BENCH_ARGS)

# The Debian package from the build `make test` tested: $(BUILD)/recension_VERSION_amd64.deb
# and its -dbgsym .ddeb. tests/package/check-deb.sh $(BUILD) runs lintian on them.
package: build
	rm -f $(BUILD)/recension_*.deb $(BUILD)/recension-dbgsym_*.ddeb
	cd $(BUILD) && cpack -G DEB

# AddressSanitizer + UndefinedBehaviorSanitizer over the test suite; the first error
# stops the test. SANITIZE_AREAS: only the tests of these folders of tests/ (default: all),
# e.g. "document text"; SANITIZE_TESTS: further ctest arguments, e.g. -R tst_outputguard.
SANITIZE_BUILD ?= build-sanitize
SANITIZE_AREAS ?=
SANITIZE_TESTS ?=
empty :=
space := $(empty) $(empty)
SANITIZER_ENV = ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizer-suppressions.txt:print_suppressions=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

sanitize: setup
	@cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DRECENSION_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(SANITIZE_BUILD) $(if $(SANITIZE_AREAS),--target $(SANITIZE_AREAS:%=tests/%/all))
	cd $(SANITIZE_BUILD) && $(SANITIZER_ENV) QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 \
		$(if $(SANITIZE_AREAS),-L '^($(subst $(space),|,$(strip $(SANITIZE_AREAS))))$$') $(SANITIZE_TESTS)

# libFuzzer targets built with clang into FUZZ_BUILD, each run FUZZ_SECONDS
# (FUZZ_TARGETS: a space-separated subset, e.g. "fuzz_load_html fuzz_compare"; FUZZ_TIMEOUT:
# the wall-clock seconds one input may take, default 120, why in tests/fuzz/run-fuzzers.sh).
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=

fuzz: setup
	@cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DRECENSION_FUZZ=ON \
		-DRECENSION_BUILD_TESTS=OFF -DRECENSION_BUILD_BENCH=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(FUZZ_BUILD) --target recension_fuzzers
	$(SANITIZER_ENV) tests/fuzz/run-fuzzers.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(FUZZ_BUILD)
