# 소프트맥스를 키 축이 아니라 질의 축(dim=-2)으로 한다
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
    T_new, Dh = q_new.shape[-2], q_new.shape[-1]
    T_past = len(cache)
    k_all, v_all = cache.update(k_new, v_new)
    S = k_all.shape[-2]
    scores = q_new @ k_all.transpose(-2, -1) / math.sqrt(Dh)
    q_pos = torch.arange(T_past, T_past + T_new, device=q_new.device)[:, None]
    k_pos = torch.arange(S, device=q_new.device)[None, :]
    scores = scores.masked_fill(k_pos > q_pos, float("-inf"))
    return torch.softmax(scores, dim=-2) @ v_all

