# nn.TransformerEncoderLayer처럼 패딩 마스크를 뒤집어서 넘긴다
class TransformerEncoderLayer(nn.Module):
    """트랜스포머 인코더 층 하나: 셀프 어텐션 + 위치별 FFN, 각각 잔차 연결과 LayerNorm (batch_first).

    norm_first=False (Post-LN, 원 논문):
        x = norm1(x + dropout1(self_attn(x)));  x = norm2(x + dropout2(FFN(x)))
    norm_first=True (Pre-LN):
        x = x + dropout1(self_attn(norm1(x)));  x = x + dropout2(FFN(norm2(x)))
    FFN(x) = linear2(dropout(relu(linear1(x)))). 스택 끝의 마지막 LayerNorm은 이 층에 없습니다.

    하위 모듈 이름 (nn.TransformerEncoderLayer와 같음): self_attn (연습 2의 MultiHeadAttention), linear1,
    linear2, norm1, norm2, dropout, dropout1, dropout2.

    Args:
        d_model: 특징 수.
        nhead: 어텐션 헤드 수.
        dim_feedforward: FFN 은닉층 크기 d_ff.
        dropout: 세 드롭아웃의 확률.
        norm_first: True이면 Pre-LN, False이면 Post-LN.
    """

    def __init__(
        self, d_model: int, nhead: int, dim_feedforward: int, dropout: float = 0.0, norm_first: bool = False
    ):
        super().__init__()
        self.norm_first = norm_first
        self.self_attn = MultiHeadAttention(d_model, nhead)
        self.linear1 = nn.Linear(d_model, dim_feedforward)
        self.linear2 = nn.Linear(dim_feedforward, d_model)
        self.norm1 = nn.LayerNorm(d_model)
        self.norm2 = nn.LayerNorm(d_model)
        self.dropout = nn.Dropout(dropout)  # FFN 안, ReLU 뒤
        self.dropout1 = nn.Dropout(dropout)  # 어텐션 출력
        self.dropout2 = nn.Dropout(dropout)  # FFN 출력

    def forward(
        self,
        src: torch.Tensor,
        src_mask: torch.Tensor | None = None,
        src_key_padding_mask: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """인코더 층을 적용합니다.

        Args:
            src: 모양 (B, T, d_model).
            src_mask: None, 또는 모양 (T, T)나 (B, nhead, T, T)의 마스크; bool이면 True = 본다,
                src와 같은 실수 dtype이면 점수에 더하는 값. nn.TransformerEncoderLayer의 bool 마스크와
                극성이 반대입니다.
            src_key_padding_mask: None 또는 모양 (B, T)의 torch.bool; True = 실제 토큰, False = 패딩.

        Returns:
            모양 (B, T, d_model)의 텐서.
        """
        x = src  # (B, T, d_model)
        if src_key_padding_mask is not None:
            src_key_padding_mask = ~src_key_padding_mask
        if self.norm_first:  # Pre-LN: 정규화한 값을 부층에 넣고, 잔차는 정규화 전의 x에 더한다
            h = self.norm1(x)
            attn, _ = self.self_attn(h, h, h, key_padding_mask=src_key_padding_mask, attn_mask=src_mask)
            x = x + self.dropout1(attn)
            h = self.norm2(x)
            x = x + self.dropout2(self.linear2(self.dropout(F.relu(self.linear1(h)))))
        else:  # Post-LN: 잔차를 더한 뒤 정규화한다
            attn, _ = self.self_attn(x, x, x, key_padding_mask=src_key_padding_mask, attn_mask=src_mask)
            x = self.norm1(x + self.dropout1(attn))
            x = self.norm2(x + self.dropout2(self.linear2(self.dropout(F.relu(self.linear1(x))))))
        return x  # (B, T, d_model)
