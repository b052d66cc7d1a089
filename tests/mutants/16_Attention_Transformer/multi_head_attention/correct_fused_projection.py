# 다른 정답: 세 투영을 가중치 하나로 이어 붙여 한 번에 계산하고 unflatten/permute로 나눈다
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
        nh, hs = self.num_heads, self.head_dim
        W = torch.cat([self.q_proj.weight, self.k_proj.weight, self.v_proj.weight])  # (3E, E)
        b = None if self.q_proj.bias is None else torch.cat([self.q_proj.bias, self.k_proj.bias, self.v_proj.bias])
        W_q, W_k, W_v = W.chunk(3)
        b_q, b_k, b_v = (None, None, None) if b is None else b.chunk(3)
        q = F.linear(query, W_q, b_q).unflatten(-1, (nh, hs)).permute(0, 2, 1, 3)  # (B, nh, T_q, hs)
        k = F.linear(key, W_k, b_k).unflatten(-1, (nh, hs)).permute(0, 2, 1, 3)  # (B, nh, T_k, hs)
        v = F.linear(value, W_v, b_v).unflatten(-1, (nh, hs)).permute(0, 2, 1, 3)  # (B, nh, T_k, hs)
        mask = attn_mask
        if key_padding_mask is not None:
            pad = key_padding_mask[:, None, None, :]  # (B, 1, 1, T_k)
            if mask is None:
                mask = pad
            elif mask.dtype == torch.bool:
                mask = torch.logical_and(mask, pad)
            else:
                mask = mask.masked_fill(~pad, float("-inf"))  # 바깥 masked_fill은 두 모양을 함께 넓힌다
        out, weights = scaled_dot_product_attention(q, k, v, mask)
        out = out.permute(0, 2, 1, 3).flatten(2)  # (B, T_q, E)
        return self.out_proj(out), weights
