# temperature=0을 따로 처리하지 않고 0으로 나눈다
def sample_next_token(
    logits: torch.Tensor,
    temperature: float = 1.0,
    top_k: int | None = None,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """로짓에서 다음 토큰을 행마다 하나씩 뽑습니다.

    1. temperature == 0: 탐욕 디코딩. 행마다 logits의 argmax를 돌려줍니다 (무작위성 없음, top_k는 무시).
    2. temperature > 0: 분포는 softmax(logits / temperature)입니다.
    3. top_k가 있으면 행마다 로짓이 가장 큰 min(top_k, V)개만 남기고 나머지의 확률을 0으로 만든 뒤,
       남은 확률을 다시 정규화합니다 (k번째 값과 같은 로짓이 여럿이면 어느 쪽을 남겨도 됩니다).
    4. 그 분포에서 하나를 뽑습니다. 무작위성은 모두 generator에서 가져옵니다 (None이면 torch의 전역 난수).
       같은 상태의 generator로 부르면 같은 결과가 나옵니다.

    Args:
        logits: (B, V) 실수 로짓. 이 텐서를 바꾸지 않습니다.
        temperature: 0 이상의 실수.
        top_k: None(자르지 않음) 또는 1 이상의 정수 (V보다 커도 됩니다).
        generator: None 또는 logits와 같은 장치의 torch.Generator.

    Returns:
        (B, 1) int64 텐서: 행마다 뽑은 토큰 번호 (0 <= 번호 < V).
    """
    scaled = logits / temperature  # (B, V): 새 텐서 (입력은 그대로)
    if top_k is not None:
        k = min(top_k, scaled.size(-1))
        kth = torch.topk(scaled, k, dim=-1).values[:, [-1]]  # (B, 1): 행마다 k번째로 큰 값
        scaled = scaled.masked_fill(scaled < kth, float("-inf"))
    probs = torch.softmax(scaled, dim=-1)  # (B, V)
    return torch.multinomial(probs, num_samples=1, generator=generator)  # (B, 1)
