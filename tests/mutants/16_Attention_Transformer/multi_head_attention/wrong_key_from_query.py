# 셀프 어텐션만 생각하고 key와 value도 query에서 만든다 (크로스 어텐션에서 틀림)
class MultiHeadAttention(nn.Module):
    """멀티헤드 어텐션 (batch_first: 입력과 출력이 (B, T, E) 모양).

    매개변수 이름 (state_dict 키): q_proj.weight, q_proj.bias, k_proj.weight, k_proj.bias,
    v_proj.weight, v_proj.bias, out_proj.weight, out_proj.bias (bias=False이면 bias 없음).
    nn.Linear의 weight는 (out, in) 모양이고 x Wᵀ + b를 계산합니다. 헤드 i는 q_proj, k_proj, v_proj 출력의
    특징 i*head_dim : (i+1)*head_dim 을 씁니다 (nn.MultiheadAttention과 같은 배치).

    Args:
        d_model: 입력과 출력의 특징 수 E.
        num_heads: 헤드 수 nh; d_model을 나누어떨어지게 해야 합니다.
        bias: 네 투영 층에 편향을 둘지 여부.

    Raises:
        ValueError: d_model이 num_heads로 나누어떨어지지 않을 때.
    """

    def __init__(self, d_model: int, num_heads: int, bias: bool = True):
        super().__init__()
        if num_heads <= 0 or d_model % num_heads != 0:
            raise ValueError(
                f"num_heads가 d_model을 나누어떨어지게 해야 합니다: "
                f"d_model % num_heads = {d_model} % {num_heads} != 0"
            )
        self.d_model = d_model
        self.num_heads = num_heads
        self.head_dim = d_model // num_heads  # hs
        self.q_proj = nn.Linear(d_model, d_model, bias=bias)
        self.k_proj = nn.Linear(d_model, d_model, bias=bias)
        self.v_proj = nn.Linear(d_model, d_model, bias=bias)
        self.out_proj = nn.Linear(d_model, d_model, bias=bias)

    def forward(
        self,
        query: torch.Tensor,
        key: torch.Tensor,
        value: torch.Tensor,
        key_padding_mask: torch.Tensor | None = None,
        attn_mask: torch.Tensor | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """멀티헤드 어텐션 Concat(head_1, ..., head_nh) W_O 를 계산합니다.

        헤드마다 scaled_dot_product_attention(연습 1)을 쓰며, 점수는 √head_dim으로 나눕니다.
        드롭아웃은 없습니다.

        Args:
            query: 모양 (B, T_q, E).
            key: 모양 (B, T_k, E).
            value: 모양 (B, T_k, E).
            key_padding_mask: None 또는 모양 (B, T_k)의 torch.bool; True = 실제 토큰(본다),
                False = 패딩(가림). nn.MultiheadAttention의 key_padding_mask와 극성이 반대입니다.
            attn_mask: None, 또는 모양 (T_q, T_k)나 (B, num_heads, T_q, T_k)의 마스크;
                torch.bool이면 True = 본다, query와 같은 실수 dtype이면 점수에 더하는 값.
                두 마스크가 모두 있으면 둘 다 적용합니다. 모든 key가 가려진 행의 결과는 정하지 않습니다.

        Returns:
            (out, weights) 튜플.
            out: 모양 (B, T_q, E), out_proj까지 거친 출력.
            weights: 헤드별 어텐션 가중치, 모양 (B, num_heads, T_q, T_k) (헤드 평균이 아님).
        """
        check_mha_inputs(self, query, key, value, key_padding_mask, attn_mask)  # 제공 코드
        B, T_q, E = query.shape
        T_k = key.shape[1]
        nh, hs = self.num_heads, self.head_dim
        # 1. 투영
        q = self.q_proj(query)  # (B, T_q, E)
        k = self.k_proj(query)  # (B, T_k, E)
        v = self.v_proj(query)  # (B, T_k, E)
        # 2. 헤드로 나누기: 특징 축을 (nh, hs)로 자르고 헤드 축을 배치 쪽으로
        q = q.view(B, T_q, nh, hs).transpose(1, 2)  # (B, nh, T_q, hs)
        k = k.view(B, T_k, nh, hs).transpose(1, 2)  # (B, nh, T_k, hs)
        v = v.view(B, T_k, nh, hs).transpose(1, 2)  # (B, nh, T_k, hs)
        # 3. 마스크 합치기
        mask = attn_mask  # None, (T_q, T_k) 또는 (B, nh, T_q, T_k)
        if key_padding_mask is not None:
            padding = key_padding_mask[:, None, None, :]  # (B, 1, 1, T_k)
            if mask is None:
                mask = padding
            elif mask.dtype == torch.bool:
                mask = mask & padding  # (B, 1, T_q, T_k) 또는 (B, nh, T_q, T_k)
            else:
                pad_bias = torch.zeros(padding.shape, dtype=mask.dtype, device=mask.device)
                mask = mask + pad_bias.masked_fill(~padding, float("-inf"))  # 실수 마스크로 더하기
        # 4. 모든 헤드의 어텐션을 한 번에
        out, weights = scaled_dot_product_attention(q, k, v, mask)  # (B, nh, T_q, hs), (B, nh, T_q, T_k)
        # 5. 헤드 합치기와 출력 투영
        out = out.transpose(1, 2).reshape(B, T_q, E)  # (B, T_q, E)
        return self.out_proj(out), weights
