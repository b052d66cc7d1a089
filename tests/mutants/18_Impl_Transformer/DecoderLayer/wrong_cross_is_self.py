# 교차 어텐션의 키·값으로 memory 대신 디코더 자신을 쓴다
class DecoderLayer(nn.Module):
    """디코더 층 하나 (논문 3.1절, 3.2.3절), post-LN.

        x = norm1(x + dropout(self_attn(x, x, x, tgt_mask)))              가린 자기 어텐션
        x = norm2(x + dropout(cross_attn(x, memory, memory, src_mask)))   인코더-디코더 어텐션
        x = norm3(x + dropout(ff(x)))                                     위치별 피드포워드

    Args:
        d_model: 모델 차원.
        n_heads: 헤드 수.
        d_ff: 피드포워드 은닉 차원.
        dropout: 드롭아웃 확률.

    Attributes (이름이 정해져 있습니다. 채점이 이 이름으로 가중치를 옮깁니다):
        self_attn: 디코더 자기 어텐션 (``MultiHeadAttention``).
        cross_attn: 인코더-디코더 어텐션 (``MultiHeadAttention``): 질의는 디코더, 키·값은 memory.
        ff: 위치별 피드포워드 (``FeedForward``).
        norm1, norm2, norm3: 세 부층 뒤의 ``nn.LayerNorm(d_model)``.
        dropout: 부층 출력에 거는 드롭아웃 (잔차 드롭아웃, 5.4절).
    """

    def __init__(self, d_model: int, n_heads: int, d_ff: int, dropout: float = 0.1):
        super().__init__()
        self.self_attn = MultiHeadAttention(d_model, n_heads, dropout)
        self.cross_attn = MultiHeadAttention(d_model, n_heads, dropout)
        self.ff = FeedForward(d_model, d_ff, dropout)
        self.norm1 = nn.LayerNorm(d_model)
        self.norm2 = nn.LayerNorm(d_model)
        self.norm3 = nn.LayerNorm(d_model)
        self.dropout = nn.Dropout(dropout)

    def forward(
        self, x: torch.Tensor, memory: torch.Tensor, src_mask: torch.Tensor, tgt_mask: torch.Tensor
    ) -> torch.Tensor:
        """디코더 층의 순전파 (post-LN).

        Args:
            x: 디코더 쪽 입력 (임베딩 또는 이전 디코더 층의 출력), (B, T, d_model).
            memory: 인코더 마지막 층의 출력, (B, S, d_model).
            src_mask: bool (B, 1, 1, S), True = 참조 가능 (``make_src_mask``). 교차 어텐션의 키(소스)를 가립니다.
            tgt_mask: bool (B, 1, T, T), True = 참조 가능 (``make_tgt_mask``). 자기 어텐션에 씁니다.

        Returns:
            (B, T, d_model).
        """
        x = self.norm1(x + self.dropout(self.self_attn(x, x, x, tgt_mask)))  # (B, T, d_model)
        x = self.norm2(x + self.dropout(self.cross_attn(x, x, x, tgt_mask)))
        return self.norm3(x + self.dropout(self.ff(x)))  # (B, T, d_model)
