"""Grade nets: one-hidden-layer networks fitted on the graded sentences for the grade head alone.

The shared nets (`mlp.py`) read a sentence's grade through a hidden layer shaped mostly by the dimensions' loss
(every sentence carries dimension targets, few carry a grade). A grade net sees only the sentences a quote grades
and learns nothing but their grade (specific / vague / negated / deferred, per dimension). Its hidden units are set
beside the shared nets' (`merge`): they feed the grade head and no dimension, so the artefact and the applying code
stay those of one wider net.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from coach.qualify.learned.mlp import HALF, N_GRADES, MlpParams, grade_balance_weights


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def _loss(p: dict[str, np.ndarray], x: np.ndarray, gmask: np.ndarray, gy: np.ndarray) -> float:
    """Return the mean grade cross-entropy of the graded cells (weighted by `gmask`)."""
    h = np.maximum(x @ p["w1"] + p["b1"], 0.0)
    pg = _softmax((h @ p["w3"] + p["b3"]).reshape(len(x), -1, N_GRADES))
    picked = np.take_along_axis(pg, gy[:, :, None], axis=2)[:, :, 0]
    return float(-(np.log(picked + 1e-7) * gmask).sum() / max(len(x), 1))


def fit_one(
    xs: np.ndarray, gmask: np.ndarray, gy: np.ndarray, groups: np.ndarray, params: MlpParams
) -> dict[str, np.ndarray]:
    """Return one grade net (w1, b1, w3, b3) fitted on standardised graded rows (Adam, early stopping by author)."""
    rng = np.random.default_rng(params.seed)
    n, f = xs.shape
    nd = gmask.shape[1]
    authors = np.array(sorted(set(groups.tolist())))
    n_val = max(1, int(round(params.val_share * len(authors)))) if len(authors) > 2 else 0
    val_authors = set(rng.permutation(authors)[:n_val].tolist()) if n_val else set()
    is_val = np.array([g in val_authors for g in groups.tolist()], dtype=bool)
    tr, va = np.flatnonzero(~is_val), np.flatnonzero(is_val)
    h = params.hidden
    p = {
        "w1": (rng.standard_normal((f, h)) * np.sqrt(2.0 / f)).astype(np.float32),
        "b1": np.zeros(h, np.float32),
        "w3": (rng.standard_normal((h, nd * N_GRADES)) * np.sqrt(1.0 / h)).astype(np.float32),
        "b3": np.zeros(nd * N_GRADES, np.float32),
    }
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v2 = {k: np.zeros_like(v) for k, v in p.items()}
    step, stale = 0, 0
    best = (np.inf, {k: v.copy() for k, v in p.items()})
    for _epoch in range(params.epochs):
        order = rng.permutation(tr)
        for start in range(0, len(order), params.batch):
            idx = order[start : start + params.batch]
            xb, mb, gb = xs[idx], gmask[idx], gy[idx]
            pre = xb @ p["w1"] + p["b1"]
            keep = (rng.random(pre.shape) >= params.dropout).astype(np.float32) / (1.0 - params.dropout)
            act = np.maximum(pre, 0.0) * keep
            zg = (act @ p["w3"] + p["b3"]).reshape(len(idx), nd, N_GRADES)
            onehot = np.zeros_like(zg)
            np.put_along_axis(onehot, gb[:, :, None], 1.0, axis=2)
            dzg = ((_softmax(zg) - onehot) * mb[:, :, None]).reshape(len(idx), -1) / len(idx)
            dpre = (dzg @ p["w3"].T) * keep * (pre > 0)
            grads = {"w3": act.T @ dzg, "b3": dzg.sum(axis=0), "w1": xb.T @ dpre, "b1": dpre.sum(axis=0)}
            step += 1
            for k in p:
                g = grads[k] + (params.l2 * p[k] if k.startswith("w") else 0.0)
                m[k] = 0.9 * m[k] + 0.1 * g
                v2[k] = 0.999 * v2[k] + 0.001 * g * g
                mh, vh = m[k] / (1 - 0.9**step), v2[k] / (1 - 0.999**step)
                p[k] = (p[k] - params.lr * mh / (np.sqrt(vh) + 1e-8)).astype(np.float32)
        if not len(va):
            best = (0.0, {k: v.copy() for k, v in p.items()})
            continue
        loss = _loss(p, xs[va], gmask[va], gy[va])
        if loss < best[0] - 1e-5:
            best, stale = (loss, {k: v.copy() for k, v in p.items()}), 0
        else:
            stale += 1
            if stale >= params.patience:
                break
    return best[1]


def fit_grade_nets(
    x: np.ndarray,
    grade_rows: list[tuple[int, int, int]],
    groups: np.ndarray,
    mu: np.ndarray,
    sd: np.ndarray,
    params: MlpParams,
    count: int,
    dims: int,
) -> dict[str, np.ndarray]:
    """Return `count` grade nets side by side (gn_w1, gn_b1, gn_w3, gn_b3; the grade head summed, not averaged).

    The rows are standardised with the shared nets' `mu` and `sd`, so the grade nets read the same inputs;
    `dims` is the number of dimensions (each with its own four grades).
    """
    nd = int(dims)
    rows = sorted({i for i, _, _ in grade_rows})
    at = {i: r for r, i in enumerate(rows)}
    gmask = np.zeros((len(rows), nd), np.float32)
    gy = np.zeros((len(rows), nd), np.int64)
    for i, j, g in grade_rows:
        gmask[at[i], j], gy[at[i], j] = 1.0, g
    if params.grade_balance > 0:
        gmask *= grade_balance_weights(gmask, gy, params.grade_balance)
    xs = ((x[rows] - mu) / sd).astype(np.float32)
    nets = [
        fit_one(xs, gmask, gy, groups[rows], replace(params, seed=params.seed + 7 + 101 * k))
        for k in range(count)
    ]
    return {
        "gn_w1": np.concatenate([n["w1"] for n in nets], axis=1),
        "gn_b1": np.concatenate([n["b1"] for n in nets]),
        "gn_w3": np.concatenate([n["w3"] for n in nets], axis=0),
        "gn_b3": np.sum([n["b3"] for n in nets], axis=0).astype(np.float32),
    }


def merge(
    arrays: dict[str, np.ndarray], nets: dict[str, np.ndarray], shared: int, count: int
) -> dict[str, np.ndarray]:
    """Return the shared nets' arrays (`shared` nets averaged) with `count` grade nets beside them.

    The grade head becomes the average over all shared + grade nets; the dimension head keeps the shared nets'.
    """
    out = dict(arrays)
    total = float(shared + count)
    width = nets["gn_w1"].shape[1]
    out["mlp_w1"] = np.concatenate([arrays["mlp_w1"], nets["gn_w1"]], axis=1)
    out["mlp_b1"] = np.concatenate([arrays["mlp_b1"], nets["gn_b1"]])
    out["mlp_w2"] = np.concatenate(
        [arrays["mlp_w2"], np.zeros((width, arrays["mlp_w2"].shape[1]), np.float32)]
    )
    out["mlp_w3"] = np.concatenate([arrays["mlp_w3"] * (shared / total), nets["gn_w3"] / total])
    out["mlp_b3"] = ((arrays["mlp_b3"] * shared + nets["gn_b3"]) / total).astype(np.float32)
    return {k: v.astype(np.float16).astype(np.float32) if k in HALF else v for k, v in out.items()}
