# CareerDesk — the two commands a newcomer needs: `make run` and `make test`.
# Every target installs what it is missing first (Debian packages, as root, only when absent).

SWIFT        ?= swift
DEB_PACKAGES := libncursesw5-dev pkg-config tmux libpango1.0-dev libcairo2-dev fonts-dejavu-core poppler-utils cups-client
STORE_ARGS   ?=

.PHONY: all deps build run test format clean

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
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release

# Starts the desk on the default store ($$CAREERDESK_STORE, else ~/.local/share/careerdesk).
run: build
	./.build/release/careerdesk $(STORE_ARGS)

# Every test: unit, snapshot and end-to-end (the e2e tests run the real binary, in tmux where needed).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build
