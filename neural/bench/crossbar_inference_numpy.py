"""Numpy reference of the crossbar MLP inference that CrossbarInferenceBench times in Java (same-run peer).

Reads the folder the Java bench wrote (meta.json, float32 little-endian .bin files) and runs the same computation:
per layer DAC (full scale from the first batch), I = G_eff V, read noise sigma = r sqrt(G_sq V^2) z, ADC (full
scale from the first noise-free batch), bias, ReLU between layers. Prints one JSON line:
{"images_per_s": ..., "accuracy": ..., "blas": ...}.
"""
import json
import sys
import time

import numpy as np


def load(folder, name, shape):
    return np.fromfile(f"{folder}/{name}.bin", dtype="<f4").reshape(shape)


def quantize_dac(x, bits, full):
    step = full / ((1 << bits) - 1)
    return np.round(np.clip(x, 0, full) / step) * step


def quantize_adc(y, bits, full):
    step = full / max(1, (1 << (bits - 1)) - 1)
    return np.round(np.clip(y, -full, full) / step) * step


def main(folder):
    meta = json.load(open(f"{folder}/meta.json"))
    sizes, batch, n = meta["sizes"], meta["batch"], meta["images"]
    c = meta["conditions"]
    w = [load(folder, f"w{l}", (sizes[l + 1], sizes[l])) for l in range(len(sizes) - 1)]
    sq = [load(folder, f"sq{l}", (sizes[l + 1], sizes[l])) for l in range(len(sizes) - 1)]
    b = [load(folder, f"b{l}", (sizes[l + 1],)) for l in range(len(sizes) - 1)]
    x_all = load(folder, "images", (n, sizes[0]))
    labels = np.fromfile(f"{folder}/labels.bin", dtype="<i4")
    rng = np.random.default_rng(7)
    in_scale = [0.0] * len(w)
    out_scale = [0.0] * len(w)

    def infer(x):
        h = x
        for l in range(len(w)):
            v = h
            if c["dac_bits"] > 0:
                if in_scale[l] == 0:
                    in_scale[l] = max(float(v.max()), 1e-12)
                v = quantize_dac(v, c["dac_bits"], in_scale[l])
            y = v @ w[l].T
            if c["adc_bits"] > 0 and out_scale[l] == 0:
                out_scale[l] = max(float(np.abs(y).max()), 1e-12)
            if c["read_noise"] > 0:
                y = y + c["read_noise"] * np.sqrt((v * v) @ sq[l].T) * rng.standard_normal(y.shape, dtype=np.float32)
            if c["adc_bits"] > 0:
                y = quantize_adc(y, c["adc_bits"], out_scale[l])
            h = y + b[l]
            if l + 1 < len(w):
                h = np.maximum(h, 0)
        return h

    def run():
        correct = 0
        for s in range(0, n, batch):
            correct += int((infer(x_all[s:s + batch]).argmax(1) == labels[s:s + batch]).sum())
        return correct / n

    run()  # warm-up, as the Java side
    passes = meta["passes"]
    t0 = time.perf_counter()
    for _ in range(passes):
        acc = run()
    dt = time.perf_counter() - t0
    blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"] if hasattr(np, "show_config") else "?"
    print(json.dumps({"images_per_s": passes * n / dt, "accuracy": acc, "blas": blas}))


if __name__ == "__main__":
    main(sys.argv[1])
