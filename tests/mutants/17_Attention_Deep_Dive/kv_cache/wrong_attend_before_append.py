# 캐시에 붙이기 전에 어텐션을 계산해 새 토큰이 자기 자신을 보지 못한다 (첫 스텝은 빈 캐시)
class KVCache:
    """어텐션 층 하나의 키·값 캐시. 텐서 모양은 (B, H, T, Dh)이고 시간 축은 dim=-2입니다."""

    def __init__(self) -> None:
        self.k: torch.Tensor | None = None
        self.v: torch.Tensor | None = None

    def __len__(self) -> int:
        return 0 if self.k is None else self.k.shape[-2]


    def update(self, k_new: torch.Tensor, v_new: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        if self.k is None:
            self.k, self.v = k_new, v_new
        else:
            self.k = torch.cat([self.k, k_new], dim=-2)
            self.v = torch.cat([self.v, v_new], dim=-2)
        return self.k, self.v



def attend_with_cache(
    q_new: torch.Tensor, k_new: torch.Tensor, v_new: torch.Tensor, cache: KVCache
) -> torch.Tensor:
    Dh = q_new.shape[-1]
    if len(cache) == 0:
        cache.update(k_new, v_new)
        return torch.zeros_like(q_new)
    k_past, v_past = cache.k, cache.v
    weights = torch.softmax(q_new @ k_past.transpose(-2, -1) / math.sqrt(Dh), dim=-1)
    out = weights @ v_past
    cache.update(k_new, v_new)
    return out
