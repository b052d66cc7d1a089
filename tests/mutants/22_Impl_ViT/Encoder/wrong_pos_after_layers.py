# 위치 임베딩을 블록들을 지난 뒤에 더한다
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
        self.pos_embedding = nn.Parameter(torch.empty(1, seq_length, hidden_dim).normal_(std=0.02))
        self.dropout = nn.Dropout(dropout)
        blocks = OrderedDict(
            (f"encoder_layer_{i}", EncoderBlock(num_heads, hidden_dim, mlp_dim, dropout))
            for i in range(num_layers)
        )
        self.layers = nn.Sequential(blocks)
        self.ln = nn.LayerNorm(hidden_dim, eps=1e-6)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """위치 임베딩을 더하고 블록들과 마지막 LayerNorm을 적용합니다.

        Args:
            x: 모양 (B, S, D)의 토큰 (S = seq_length).

        Returns:
            모양 (B, S, D)의 텐서.
        """
        x = self.layers(self.dropout(x))
        return self.ln(x + self.pos_embedding)
