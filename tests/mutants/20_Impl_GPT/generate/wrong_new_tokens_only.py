# 프롬프트를 빼고 새 토큰만 돌려준다
@torch.no_grad()
def generate(
    self: GPT,
    idx: torch.Tensor,
    max_new_tokens: int,
    temperature: float = 1.0,
    top_k: int | None = None,
    use_cache: bool = True,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """프롬프트 idx 뒤에 토큰을 max_new_tokens개 이어 붙여 생성합니다 (GPT의 메서드).

    스텝마다 마지막 위치의 로짓 (B, V)로 sample_next_token(logits, temperature, top_k, generator)를 불러
    다음 토큰을 뽑고 시퀀스 뒤에 붙입니다 (temperature=0이면 탐욕 디코딩).

    use_cache=True: 층마다 새 KVCache를 만들어 프롬프트 전체를 한 번에 넣고(프리필), 그 뒤로는 방금 뽑은
        토큰 하나만 캐시와 함께 넣습니다(디코드). 각 위치는 블록을 한 번만 지나갑니다.
    use_cache=False: 스텝마다 지금까지의 시퀀스 전체를 캐시 없이 넣습니다.
    두 방식의 결과는 같습니다 (같은 상태의 generator를 넘기면 샘플링한 결과까지).

    Args:
        idx: (B, T0) int64 프롬프트 (T0 >= 1). 바꾸지 않습니다.
        max_new_tokens: 새로 만들 토큰 수 n (n >= 1, T0 + n <= block_size).
        temperature: 0 이상; 0이면 탐욕 디코딩 (sample_next_token의 약속).
        top_k: None 또는 1 이상의 정수 (sample_next_token의 약속).
        use_cache: KV 캐시를 쓸지 여부.
        generator: None 또는 torch.Generator; sample_next_token에 그대로 넘깁니다.

    Returns:
        (B, T0 + n) int64: 프롬프트 뒤에 새 토큰 n개를 붙인 시퀀스.
    """
    caches = [KVCache() for _ in range(self.config.n_layer)] if use_cache else None
    logits, _ = self(idx, caches=caches)  # 프리필: (B, T0, V)
    for step in range(max_new_tokens):
        next_token = sample_next_token(logits[:, -1, :], temperature, top_k, generator)  # (B, 1)
        idx = torch.cat([idx, next_token], dim=1)  # (B, T0 + step + 1)
        if step == max_new_tokens - 1:
            break  # 마지막 토큰은 더 넣을 필요가 없습니다
        if use_cache:
            logits, _ = self(next_token, caches=caches)  # 디코드: 새 토큰 하나만 (B, 1, V)
        else:
            logits, _ = self(idx)  # 전체를 다시 (B, T, V)
    return idx[:, -max_new_tokens:]


GPT.generate = generate
