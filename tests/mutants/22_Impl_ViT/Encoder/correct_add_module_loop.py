# 빈 nn.Sequential에 add_module로 블록을 넣고, forward에서 블록을 하나씩 돈다 (절단 정규분포 초기화)
class Encoder(nn.Module):
    """ViT의 인코더 (torchvision.models.vision_transformer.Encoder와 같은 계산과 키).

        z = ln(layers(dropout(input + pos_embedding)))

    하위 모듈과 state_dict 키:
        pos_embedding: nn.Parameter, 모양 (1, seq_length, hidden_dim), 평균 0·표준편차 0.02인 정규분포로 초기화
        dropout: nn.Dropout(dropout), 위치 임베딩을 더한 직후
        layers: nn.Sequential, i번째 블록(연습 2의 EncoderBlock)의 이름은 f"encoder_layer_{i}"
            → layers.encoder_layer_0.ln_1.weight, ..., layers.encoder_layer_{L-1}.mlp.3.bias
        ln: nn.LayerNorm(hidden_dim, eps=1e-6) → ln.weight, ln.bias

    Args:
        seq_length: 토큰 수 S (ViT에서는 패치 수 + 1).
        num_layers: 블록 수 L (블록마다 따로 매개변수를 가집니다).
        num_heads: 어텐션 헤드 수.
        hidden_dim: 토큰 차원 D.
        mlp_dim: MLP 은닉 차원 M.
        dropout: 모든 Dropout의 확률.
    """

    def __init__(
        self,
        seq_length: int,
        num_layers: int,
        num_heads: int,
        hidden_dim: int,
        mlp_dim: int,
        dropout: float = 0.0,
    ):
        super().__init__()
        self.pos_embedding = nn.Parameter(torch.zeros(1, seq_length, hidden_dim))
        nn.init.trunc_normal_(self.pos_embedding, std=0.02)
        self.dropout = nn.Dropout(dropout)
        self.layers = nn.Sequential()
        for i in range(num_layers):
            self.layers.add_module(f"encoder_layer_{i}", EncoderBlock(num_heads, hidden_dim, mlp_dim, dropout))
        self.ln = nn.LayerNorm(hidden_dim, eps=1e-6)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """위치 임베딩을 더하고 블록들과 마지막 LayerNorm을 적용합니다.

        Args:
            x: 모양 (B, S, D)의 토큰 (S = seq_length).

        Returns:
            모양 (B, S, D)의 텐서.
        """
        x = x + self.pos_embedding  # (B, S, D): (1, S, D)가 배치 축으로 브로드캐스트
        x = self.dropout(x)
        for block in self.layers.children():
            x = block(x)
        return self.ln(x)
