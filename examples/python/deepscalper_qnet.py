"""DeepScalper branching dueling Q-network in PyTorch, with the exact parameter names of deepscalper's
Java registry (``trunk.<i>``, ``value.0|1``, ``price.0|1``, ``quantity.0|1``, ``aux.0|1``; weights
``[out, in]``), so a ``pytorch`` export loads with ``load_state_dict`` and computes the same outputs.

    import torch
    from deepscalper_qnet import DeepScalperQNet
    state = torch.load("model.pt")              # weights_only=True works: only allow-listed globals are used
    net = DeepScalperQNet.from_state_dict(state)
    price_q, quantity_q, value, aux = net(observations)   # observations: float32 [batch, input_size]

Layers are kept in ``nn.ModuleList`` (not ``nn.Sequential`` with ReLU modules) because the canonical
names number the linear layers only: ``value.1`` is the second linear layer of the value head.
"""
import torch
from torch import nn
from torch.nn import functional as F


class DeepScalperQNet(nn.Module):
    """trunk: Linear+ReLU layers; heads value/price/quantity/aux: Linear+ReLU then Linear;
    Q_d = V + A_d - mean(A_d) for the price and quantity branches."""

    def __init__(self, input_size, trunk_sizes=(256, 256, 256), head_hidden=256, aux_hidden=128,
                 price_bins=21, quantity_bins=11):
        super().__init__()
        sizes = [input_size, *trunk_sizes]
        self.trunk = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes, sizes[1:]))
        t = sizes[-1]
        self.value = nn.ModuleList([nn.Linear(t, head_hidden), nn.Linear(head_hidden, 1)])
        self.price = nn.ModuleList([nn.Linear(t, head_hidden), nn.Linear(head_hidden, price_bins)])
        self.quantity = nn.ModuleList([nn.Linear(t, head_hidden), nn.Linear(head_hidden, quantity_bins)])
        self.aux = nn.ModuleList([nn.Linear(t, aux_hidden), nn.Linear(aux_hidden, 1)])

    @classmethod
    def from_state_dict(cls, state):
        """Builds the network whose sizes match ``state`` and loads it (strict: every name must match)."""
        trunk = []
        while f"trunk.{len(trunk)}.weight" in state:
            trunk.append(state[f"trunk.{len(trunk)}.weight"].shape[0])
        net = cls(input_size=state["trunk.0.weight"].shape[1], trunk_sizes=tuple(trunk),
                  head_hidden=state["value.0.weight"].shape[0], aux_hidden=state["aux.0.weight"].shape[0],
                  price_bins=state["price.1.weight"].shape[0], quantity_bins=state["quantity.1.weight"].shape[0])
        net.load_state_dict(state, strict=True)
        return net

    @staticmethod
    def _head(layers, h):
        return layers[1](F.relu(layers[0](h)))

    def forward(self, x):
        h = x
        for layer in self.trunk:
            h = F.relu(layer(h))
        v = self._head(self.value, h)
        a_p = self._head(self.price, h)
        a_q = self._head(self.quantity, h)
        price_q = v + a_p - a_p.mean(dim=1, keepdim=True)
        quantity_q = v + a_q - a_q.mean(dim=1, keepdim=True)
        return price_q, quantity_q, v, self._head(self.aux, h)

    @torch.no_grad()
    def act(self, observation):
        """Greedy packed action ``price_bin * quantity_bins + quantity_bin`` for one observation."""
        price_q, quantity_q, _, _ = self(observation.reshape(1, -1))
        return int(price_q.argmax()) * quantity_q.shape[1] + int(quantity_q.argmax())
