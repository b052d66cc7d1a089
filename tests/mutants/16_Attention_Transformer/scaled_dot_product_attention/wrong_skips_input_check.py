# 제공된 check_attention_inputs 줄을 지운다 (정수 마스크가 조용히 더해짐)
def scaled_dot_product_attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, mask: torch.Tensor | None = None
) -> tuple[torch.Tensor, torch.Tensor]:
    """스케일된 내적 어텐션 softmax(q kᵀ / √d_k + M) v 를 계산합니다.

    앞쪽 배치 축 ``...``(배치, 헤드 등)은 q, k, v에서 같고, 계산은 마지막 두 축으로 합니다.
    점수 q kᵀ를 √d_k로 나눈 뒤 마스크를 적용하고, 소프트맥스는 key 축(마지막 축)을 따라 취합니다.
    드롭아웃은 없습니다.

    Args:
        q: query, 모양 (..., T_q, d_k)의 실수 텐서.
        k: key, 모양 (..., T_k, d_k), q와 같은 dtype.
        v: value, 모양 (..., T_k, d_v), q와 같은 dtype.
        mask: None, 또는 점수 (..., T_q, T_k)로 브로드캐스트되는 마스크 (점수보다 차원이 많으면 안 됨).
            - torch.bool: True = 그 key를 본다, False = 가린다 (F.scaled_dot_product_attention과 같은
              극성이며 nn.MultiheadAttention과는 반대). 가린 key의 가중치는 정확히 0입니다.
            - q와 같은 실수 dtype: 점수에 더하는 값 (0 = 그대로, -inf = 가림).
            모든 key가 가려진 행의 결과는 정하지 않습니다.

    Returns:
        (out, weights) 튜플.
        out: 어텐션 출력, 모양 (..., T_q, d_v), q와 같은 dtype.
        weights: 어텐션 가중치, 모양 (..., T_q, T_k); 각 행의 합은 1.
        점수가 수백에 이르러도 inf나 NaN 없이 계산해야 하고, q, k, v로 그래디언트가 흘러야 합니다.

    Raises:
        TypeError, ValueError: 입력의 dtype이나 모양이 위 약속과 다를 때 (check_attention_inputs).
    """
    d_k = q.shape[-1]
    scores = q @ k.transpose(-2, -1) / math.sqrt(d_k)  # (..., T_q, T_k)
    if mask is not None:
        if mask.dtype == torch.bool:
            scores = scores.masked_fill(~mask, float("-inf"))
        else:
            scores = scores + mask
    weights = torch.softmax(scores, dim=-1)  # (..., T_q, T_k)
    return weights @ v, weights
