# F.scaled_dot_product_attention(is_causal=True)를 직사각형 점수에 쓴다 (왼쪽 위 정렬이라 새 질의가 과거 대부분을 못 봄)
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
    k_all, v_all = cache.update(k_new, v_new)
    return F.scaled_dot_product_attention(q_new, k_all, v_all, is_causal=True)
