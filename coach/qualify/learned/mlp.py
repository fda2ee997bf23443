"""A one-hidden-layer network over a sentence's features: which dimensions it speaks to, and with which grade.

The linear sentence models read each feature on its own; the network reads combinations (a number in an answer to
a budget question, a "no" under a "Decision:" heading, a hedge after the seller's summary). One hidden layer
(ReLU) is shared by two heads: eleven sigmoid outputs (multi-label: which dimensions) and, per dimension, four
softmax outputs (specific / vague / negated / deferred), the grade loss counted only where a quote gives the grade.
Fitted here with numpy (Adam, fixed seed, early stopping on held-out authors), applied with numpy: the weights are
plain arrays in the artefact (`mlp_*`), no pickle.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

N_GRADES = 4


@dataclass(frozen=True)
class MlpParams:
    """Settings of the network and its fitting."""

    hidden: int = 128
    epochs: int = 40
    batch: int = 256
    lr: float = 1e-3
    l2: float = 1e-4
    dropout: float = 0.2
    grade_weight: float = 1.0
    # the grade loss of a (dimension, grade) pair weighs (its share among the dimension's graded rows)^-power
    grade_balance: float = 0.0
    patience: int = 5
    val_share: float = 0.2  # share of authors held out for early stopping
    seed: int = 13
    ensemble: int = (
        1  # nets fitted with different seeds (and early-stopping authors), averaged: one wider net
    )


def hidden(arrays: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Return the hidden layer's activations (n, hidden) of feature rows x (n, features)."""
    z = ((x - arrays["mlp_mu"]) / arrays["mlp_sd"]).astype(np.float32)
    return np.maximum(z @ np.asarray(arrays["mlp_w1"], dtype=np.float32) + arrays["mlp_b1"], 0.0)


def dim_logits(arrays: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Return the dimension logits (n, dims) of feature rows."""
    return hidden(arrays, x) @ np.asarray(arrays["mlp_w2"], dtype=np.float32) + arrays["mlp_b2"]


def grade_logits(arrays: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Return the grade logits (n, dims, 4) of feature rows."""
    h = hidden(arrays, x)
    z = h @ np.asarray(arrays["mlp_w3"], dtype=np.float32) + arrays["mlp_b3"]
    return z.reshape(len(x), -1, N_GRADES)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def _losses(
    p: dict[str, np.ndarray],
    x: np.ndarray,
    y: np.ndarray,
    gmask: np.ndarray,
    gy: np.ndarray,
    w: np.ndarray,
    grade_weight: float,
) -> float:
    """Return the weighted mean loss (dimensions' cross-entropy plus the graded rows' grade cross-entropy)."""
    h = np.maximum(x @ p["w1"] + p["b1"], 0.0)
    zd = h @ p["w2"] + p["b2"]
    pd = _sigmoid(zd)
    eps = 1e-7
    ld = -(y * np.log(pd + eps) + (1 - y) * np.log(1 - pd + eps)).sum(axis=1)
    zg = (h @ p["w3"] + p["b3"]).reshape(len(x), -1, N_GRADES)
    pg = _softmax(zg)
    picked = np.take_along_axis(pg, gy[:, :, None], axis=2)[:, :, 0]
    lg = -(np.log(picked + eps) * gmask).sum(axis=1)
    return float(((ld + grade_weight * lg) * w).sum() / w.sum())


def fit_mlp(
    x: np.ndarray,
    dim_targets: np.ndarray,
    grade_rows: list[tuple[int, int, int]],
    groups: np.ndarray,
    weights: np.ndarray | None = None,
    params: MlpParams | None = None,
) -> dict[str, np.ndarray]:
    """Return the arrays of `params.ensemble` nets averaged on the logit scale, stored as one wider net.

    Averaging the logits of k nets equals one net whose hidden layers are side by side and whose output weights
    are divided by k, so the artefact and the applying code do not change with k.
    """
    params = params or MlpParams()
    nets = [
        _fit_one(x, dim_targets, grade_rows, groups, weights, replace(params, seed=params.seed + 101 * k))
        for k in range(max(1, params.ensemble))
    ]
    if len(nets) == 1:
        return _compact(nets[0])
    k = float(len(nets))
    out = {"mlp_mu": nets[0]["mlp_mu"], "mlp_sd": nets[0]["mlp_sd"]}
    out["mlp_w1"] = np.concatenate([n["mlp_w1"] for n in nets], axis=1)
    out["mlp_b1"] = np.concatenate([n["mlp_b1"] for n in nets])
    for w, b in (("mlp_w2", "mlp_b2"), ("mlp_w3", "mlp_b3")):
        out[w] = (np.concatenate([n[w] for n in nets], axis=0) / k).astype(np.float32)
        out[b] = (np.mean([n[b] for n in nets], axis=0)).astype(np.float32)
    return _compact(out)


HALF = ("mlp_w1", "mlp_w2", "mlp_w3")  # stored in half precision (model.save), held as float32 in memory


def _compact(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Return the arrays with the weight matrices rounded to half precision (kept as float32).

    The artefact stores them as float16 (small); the model in memory during selection is the one shipped, bit for bit.
    """
    return {k: v.astype(np.float16).astype(np.float32) if k in HALF else v for k, v in arrays.items()}


def grade_balance_weights(gmask: np.ndarray, gy: np.ndarray, power: float) -> np.ndarray:
    """Return per cell the weight of its (dimension, grade): (share of the dimension's graded rows)^-power, mean 1."""
    nd = gmask.shape[1]
    out = np.ones_like(gmask)
    for j in range(nd):
        rows = gmask[:, j] > 0
        if not rows.any():
            continue
        counts = np.bincount(gy[rows, j], minlength=N_GRADES).astype(np.float64)
        share = counts / counts.sum()
        w = np.where(counts > 0, np.maximum(share, 0.02) ** -power, 0.0)
        w = w / (w * share).sum()
        out[rows, j] = w[gy[rows, j]].astype(np.float32)
    return out


def _fit_one(
    x: np.ndarray,
    dim_targets: np.ndarray,
    grade_rows: list[tuple[int, int, int]],
    groups: np.ndarray,
    weights: np.ndarray | None = None,
    params: MlpParams | None = None,
) -> dict[str, np.ndarray]:
    """Return one network's arrays fitted on feature rows, their 0/1 dimension targets and (row, dim, grade) rows.

    `groups` names each row's author: early stopping holds out a fixed share of authors (chosen by the seed), so
    the number of epochs is chosen on writers the network has not seen. `weights` weigh the rows' losses.
    """
    params = params or MlpParams()
    rng = np.random.default_rng(params.seed)
    n, f = x.shape
    nd = dim_targets.shape[1]
    mu = x.mean(axis=0).astype(np.float32)
    sd = (x.std(axis=0) + 1e-3).astype(np.float32)
    xs = ((x - mu) / sd).astype(np.float32)
    y = dim_targets.astype(np.float32)
    gmask = np.zeros((n, nd), np.float32)
    gy = np.zeros((n, nd), np.int64)
    for i, j, g in grade_rows:
        gmask[i, j], gy[i, j] = 1.0, g
    if params.grade_balance > 0:
        gmask *= grade_balance_weights(gmask, gy, params.grade_balance)
    w = np.ones(n, np.float32) if weights is None else weights.astype(np.float32)
    authors = np.array(sorted(set(groups.tolist())))
    n_val = max(1, int(round(params.val_share * len(authors)))) if len(authors) > 2 else 0
    val_authors = set(rng.permutation(authors)[:n_val].tolist()) if n_val else set()
    is_val = np.array([g in val_authors for g in groups])
    tr = np.flatnonzero(~is_val)
    va = np.flatnonzero(is_val)
    h = params.hidden
    p = {
        "w1": (rng.standard_normal((f, h)) * np.sqrt(2.0 / f)).astype(np.float32),
        "b1": np.zeros(h, np.float32),
        "w2": (rng.standard_normal((h, nd)) * np.sqrt(1.0 / h)).astype(np.float32),
        "b2": np.zeros(nd, np.float32),
        "w3": (rng.standard_normal((h, nd * N_GRADES)) * np.sqrt(1.0 / h)).astype(np.float32),
        "b3": np.zeros(nd * N_GRADES, np.float32),
    }
    # start the dimension biases at the base rates: most sentences speak to no dimension
    rate = np.clip(y[tr].mean(axis=0), 1e-3, 1 - 1e-3)
    p["b2"] = np.log(rate / (1 - rate)).astype(np.float32)
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v2 = {k: np.zeros_like(v) for k, v in p.items()}
    b1, b2, eps = 0.9, 0.999, 1e-8
    step = 0
    best = (np.inf, {k: v.copy() for k, v in p.items()})
    stale = 0
    for _epoch in range(params.epochs):
        order = rng.permutation(tr)
        for start in range(0, len(order), params.batch):
            idx = order[start : start + params.batch]
            xb, yb, mb, gb, wb = xs[idx], y[idx], gmask[idx], gy[idx], w[idx]
            pre = xb @ p["w1"] + p["b1"]
            act = np.maximum(pre, 0.0)
            if params.dropout > 0:
                keep = (rng.random(act.shape) >= params.dropout).astype(np.float32) / (1.0 - params.dropout)
                act = act * keep
            else:
                keep = None
            scale = wb[:, None] / wb.sum()
            dzd = (_sigmoid(act @ p["w2"] + p["b2"]) - yb) * scale
            zg = (act @ p["w3"] + p["b3"]).reshape(len(idx), nd, N_GRADES)
            onehot = np.zeros_like(zg)
            np.put_along_axis(onehot, gb[:, :, None], 1.0, axis=2)
            dzg = ((_softmax(zg) - onehot) * mb[:, :, None]).reshape(len(idx), -1) * scale
            dzg *= params.grade_weight
            grads = {
                "w2": act.T @ dzd,
                "b2": dzd.sum(axis=0),
                "w3": act.T @ dzg,
                "b3": dzg.sum(axis=0),
            }
            dact = dzd @ p["w2"].T + dzg @ p["w3"].T
            if keep is not None:
                dact = dact * keep
            dpre = dact * (pre > 0)
            grads["w1"] = xb.T @ dpre
            grads["b1"] = dpre.sum(axis=0)
            step += 1
            for k in p:
                g = grads[k] + (params.l2 * p[k] if k.startswith("w") else 0.0)
                m[k] = b1 * m[k] + (1 - b1) * g
                v2[k] = b2 * v2[k] + (1 - b2) * g * g
                mh = m[k] / (1 - b1**step)
                vh = v2[k] / (1 - b2**step)
                p[k] = (p[k] - params.lr * mh / (np.sqrt(vh) + eps)).astype(np.float32)
        if len(va):
            loss = _losses(p, xs[va], y[va], gmask[va], gy[va], w[va], params.grade_weight)
            if loss < best[0] - 1e-5:
                best, stale = (loss, {k: v.copy() for k, v in p.items()}), 0
            else:
                stale += 1
                if stale >= params.patience:
                    break
        else:
            best = (0.0, {k: v.copy() for k, v in p.items()})
    p = best[1]
    return {
        "mlp_mu": mu,
        "mlp_sd": sd,
        "mlp_w1": p["w1"].astype(np.float32),
        "mlp_b1": p["b1"].astype(np.float32),
        "mlp_w2": p["w2"].astype(np.float32),
        "mlp_b2": p["b2"].astype(np.float32),
        "mlp_w3": p["w3"].astype(np.float32),
        "mlp_b3": p["b3"].astype(np.float32),
    }
