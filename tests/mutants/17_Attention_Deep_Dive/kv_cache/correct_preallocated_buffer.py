# 다른 올바른 구현: 용량을 두 배씩 늘리는 미리 할당한 버퍼에 써 넣고, 채워진 앞부분의 뷰를 돌려준다;
# 어텐션은 F.scaled_dot_product_attention에 오른쪽 아래로 맞춘 불리언 마스크를 넘긴다
class KVCache:
    """미리 할당한 버퍼를 쓰는 키·값 캐시."""

    def __init__(self) -> None:
        self.k_buf: torch.Tensor | None = None
        self.v_buf: torch.Tensor | None = None
        self.length = 0

    def __len__(self) -> int:
        return self.length

    def update(self, k_new: torch.Tensor, v_new: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        T_new = k_new.shape[-2]
        needed = self.length + T_new
        if self.k_buf is None or needed > self.k_buf.shape[-2]:
            capacity = max(needed, 2 * (0 if self.k_buf is None else self.k_buf.shape[-2]), 4)
            shape = (*k_new.shape[:-2], capacity, k_new.shape[-1])
            k_buf = k_new.new_zeros(shape)
            v_buf = v_new.new_zeros((*v_new.shape[:-2], capacity, v_new.shape[-1]))
            if self.k_buf is not None:
                k_buf[..., : self.length, :] = self.k_buf[..., : self.length, :]
                v_buf[..., : self.length, :] = self.v_buf[..., : self.length, :]
            self.k_buf, self.v_buf = k_buf, v_buf
        self.k_buf[..., self.length : needed, :] = k_new
        self.v_buf[..., self.length : needed, :] = v_new
        self.length = needed
        return self.k_buf[..., :needed, :], self.v_buf[..., :needed, :]


def attend_with_cache(
    q_new: torch.Tensor, k_new: torch.Tensor, v_new: torch.Tensor, cache: KVCache
) -> torch.Tensor:
    T_new = q_new.shape[-2]
    k_all, v_all = cache.update(k_new, v_new)
    S = k_all.shape[-2]
    mask = torch.ones(T_new, S, dtype=torch.bool, device=q_new.device).tril(diagonal=S - T_new)
    return F.scaled_dot_product_attention(q_new, k_all, v_all, attn_mask=mask)
