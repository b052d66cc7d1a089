# 클래스 본문에 가변 리스트를 두어 모든 KVCache 인스턴스가 같은 캐시를 공유한다
class KVCache:
    """어텐션 층 하나의 키·값 캐시."""

    ks: list = []
    vs: list = []

    def __len__(self) -> int:
        return sum(k.shape[-2] for k in self.ks)

    def update(self, k_new: torch.Tensor, v_new: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        self.ks.append(k_new)
        self.vs.append(v_new)
        return torch.cat(self.ks, dim=-2), torch.cat(self.vs, dim=-2)


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
    return torch.softmax(scores, dim=-1) @ v_all

