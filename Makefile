# Thin wrapper: the two README commands, plus bench. CMake + Ninja do the work.
BUILD ?= build
CMAKE_FLAGS ?=
ifdef CI
CMAKE_FLAGS += -DRECENSION_WERROR=ON
endif
SAMPLES = resources/samples/harbour-original.txt resources/samples/harbour-spun.txt

.PHONY: all setup configure build run test bench package clean

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

clean:
	rm -rf $(BUILD)
