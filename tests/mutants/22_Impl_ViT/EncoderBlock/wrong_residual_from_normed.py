# 잔차에 정규화한 값을 더한다 (항등 경로가 끊김)
class EncoderBlock(nn.Module):
    """ViT의 Pre-LN 인코더 블록 (torchvision.models.vision_transformer.EncoderBlock과 같은 계산과 키).

        x = input + dropout(self_attention(ln_1(input)))      # 식 (2)
        y = x + mlp(ln_2(x))                                  # 식 (3)
        mlp = Linear(D, M) → GELU (정확한 erf 형태) → Dropout → Linear(M, D) → Dropout

    마스크는 없습니다 (모든 토큰이 서로를 봅니다). 어텐션 가중치에는 드롭아웃이 없습니다. 블록 안에 마지막
    LayerNorm은 없습니다 (Encoder가 가집니다).

    하위 모듈과 state_dict 키 (torchvision과 같아야 하며, 이 밖의 매개변수나 저장되는 버퍼는 두지 않습니다):
        ln_1, ln_2: nn.LayerNorm(hidden_dim, eps=1e-6) → ln_1.weight, ln_1.bias, ln_2.weight, ln_2.bias
        self_attention: nn.MultiheadAttention(hidden_dim, num_heads, batch_first=True), 또는 같은 매개변수를
            가진 직접 만든 모듈 → self_attention.in_proj_weight (3D, D) = [W_q; W_k; W_v]를 세로로 쌓은 것,
            self_attention.in_proj_bias (3D,), self_attention.out_proj.weight (D, D),
            self_attention.out_proj.bias (D,)
        dropout: nn.Dropout(dropout), 어텐션 출력 뒤
        mlp: nn.Sequential → mlp.0.weight (M, D), mlp.0.bias (M,), mlp.3.weight (D, M), mlp.3.bias (D,)

    Args:
        num_heads: 어텐션 헤드 수 (hidden_dim의 약수).
        hidden_dim: 토큰 차원 D.
        mlp_dim: MLP 은닉 차원 M.
        dropout: 세 Dropout(어텐션 뒤, mlp.2, mlp.4)의 확률.
    """

    def __init__(self, num_heads: int, hidden_dim: int, mlp_dim: int, dropout: float = 0.0):
        super().__init__()
        self.num_heads = num_heads
        self.ln_1 = nn.LayerNorm(hidden_dim, eps=1e-6)
        self.self_attention = nn.MultiheadAttention(hidden_dim, num_heads, batch_first=True)
        self.dropout = nn.Dropout(dropout)
        self.ln_2 = nn.LayerNorm(hidden_dim, eps=1e-6)
        self.mlp = nn.Sequential(
            nn.Linear(hidden_dim, mlp_dim),  # mlp.0
            nn.GELU(),  # mlp.1
            nn.Dropout(dropout),  # mlp.2
            nn.Linear(mlp_dim, hidden_dim),  # mlp.3
            nn.Dropout(dropout),  # mlp.4
        )
        for layer in (self.mlp[0], self.mlp[3]):  # torchvision과 같은 초기화
            nn.init.xavier_uniform_(layer.weight)
            nn.init.normal_(layer.bias, std=1e-6)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """블록을 적용합니다.

        Args:
            x: 모양 (B, S, D)의 토큰.

        Returns:
            모양 (B, S, D)의 텐서.
        """
        h = self.ln_1(x)  # (B, S, D)
        h, _ = self.self_attention(h, h, h, need_weights=False)  # (B, S, D)
        x = self.ln_1(x) + self.dropout(h)
        return x + self.mlp(self.ln_2(x))  # 식 (3), (B, S, D)
