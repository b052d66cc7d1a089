# 다른 올바른 구현: 덩어리를 인스턴스의 리스트에 모아 두고, 마스크는 -inf를 더하는 실수 행렬로 만든다
class KVCache:
    """덩어리 리스트로 저장하는 키·값 캐시."""

    def __init__(self) -> None:
        self.ks: list[torch.Tensor] = []
        self.vs: list[torch.Tensor] = []

    def __len__(self) -> int:
        return sum(k.shape[-2] for k in self.ks)

    def update(self, k_new: torch.Tensor, v_new: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        self.ks.append(k_new)
        self.vs.append(v_new)
        return torch.cat(self.ks, dim=-2), torch.cat(self.vs, dim=-2)


def attend_with_cache(
    q_new: torch.Tensor, k_new: torch.Tensor, v_new: torch.Tensor, cache: KVCache
) -> torch.Tensor:
    B, H, T_new, Dh = q_new.shape
    offset = len(cache)
    keys, values = cache.update(k_new, v_new)
    S = keys.shape[-2]
    rows = torch.arange(T_new, device=q_new.device)[:, None] + offset
    cols = torch.arange(S, device=q_new.device)[None, :]
    bias = torch.zeros(T_new, S, dtype=q_new.dtype, device=q_new.device).masked_fill(cols > rows, float("-inf"))
    att = torch.einsum("bhtd,bhsd->bhts", q_new, keys) * Dh**-0.5 + bias
    return torch.einsum("bhts,bhsd->bhtd", att.softmax(dim=-1), values)
