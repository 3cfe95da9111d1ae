# CareerDesk — the two commands a newcomer needs: `make run` and `make test`.
# Every target installs what it is missing first (Debian packages, as root, only when absent).

SWIFT        ?= swift
DEB_PACKAGES := libsqlite3-dev libncursesw5-dev pkg-config tmux libpango1.0-dev libcairo2-dev fonts-dejavu-core poppler-utils \
                cups-client cups printer-driver-cups-pdf
STORE_ARGS   ?=

.PHONY: all deps build run test bench soak fuzz format clean

all: build

# Install only the Debian packages that are missing; apt-get needs root.
deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:$$missing"; \
	  if [ "$$(id -u)" -ne 0 ]; then echo "run as root (or install:$$missing)" >&2; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build -c release

# Starts the desk on the default store ($$CAREERDESK_STORE, else ~/.local/share/careerdesk).
run: build
	./.build/release/careerdesk $(STORE_ARGS)

# Every test: unit, snapshot and end-to-end (the e2e tests run the real binary, in tmux where needed).
# The print tests print through a throw-away CUPS scheduler with a cups-pdf queue, started for the
# run and stopped after it whatever the result (Tests/cups/with-cupsd.sh).
test: deps
	$(SWIFT) build --build-tests
	Tests/cups/with-cupsd.sh $(SWIFT) test --skip-build

# The crash soak at length: the real desk (release build) killed with SIGKILL 500 times while
# typing (make test runs 50, on the debug build); SOAK_KILLS and SOAK_SEED vary it. Its figures
# go into docs/reliability.md.
soak: deps
	$(SWIFT) build --build-tests
	$(SWIFT) build -c release --product careerdesk
	CAREERDESK_BIN=$(CURDIR)/.build/release/careerdesk SOAK_KILLS=$${SOAK_KILLS:-500} \
		$(SWIFT) test --skip-build --filter SoakTests

# libFuzzer on the case-file decoder, the CSV catalog import and the key decoder, FUZZ_SECONDS each
# (default 60); prints executions and crashes (Fuzz/run.sh, docs/reliability.md).
fuzz: deps
	FUZZ_SECONDS=$${FUZZ_SECONDS:-60} Fuzz/run.sh

# CareerDesk at 100 000 synthetic cases (release build): BENCH_ARGS="--cases 10000 --json" to vary.
bench: deps
	$(SWIFT) build -c release --product careerdesk
	$(SWIFT) build -c release --product careerdesk-bench
	./.build/release/careerdesk-bench $(BENCH_ARGS)

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build
