"""Loads a deepscalper ``pytorch`` export with torch.load and writes the network's outputs for given
observations, so the Java test (PyTorchTorchLoadTest) can compare them with the DJL forward pass.

usage: python3 check_export.py model.pt observations.f32 batch outputs.f32
observations.f32: little-endian float32 [batch, input_size]; outputs.f32: price_q, quantity_q, value, aux
concatenated, each row-major.
"""
import sys

import numpy as np
import torch

from deepscalper_qnet import DeepScalperQNet


def main(pt, obs_path, batch, out_path):
    state = torch.load(pt, weights_only=True)
    net = DeepScalperQNet.from_state_dict(state).eval()
    x = torch.from_numpy(np.fromfile(obs_path, dtype="<f4").reshape(int(batch), -1))
    with torch.no_grad():
        outs = net(x)
    np.concatenate([o.reshape(-1).numpy().astype("<f4") for o in outs]).tofile(out_path)


if __name__ == "__main__":
    main(*sys.argv[1:5])
