# 클래스 토큰을 맨 뒤에 붙이고 마지막 토큰으로 분류한다
class ViT(nn.Module):
    """Vision Transformer (Dosovitskiy et al., 2021), torchvision.models.VisionTransformer와 같은 계산과 키.

    forward 단계 (식 번호는 ViT 논문):
        1. 입력 (B, C, H, W)의 H, W가 image_size인지 확인
        2. conv_proj로 패치 임베딩: (B, C, H, W) → (B, D, H/P, W/P) → (B, N, D), 패치는 행 우선 순서
           (맨 위 줄의 왼쪽부터)
        3. class_token을 배치만큼 펼쳐 맨 앞(0번 자리)에 붙임: (B, N + 1, D)                 식 (1)
        4. encoder: + pos_embedding, dropout, EncoderBlock L개, LayerNorm: (B, N + 1, D)    식 (1)-(4)
        5. 0번 토큰 (B, D)를 heads에 넣어 로짓 (B, num_classes)

    하위 모듈과 state_dict 키 (torchvision과 같아야 합니다):
        conv_proj: nn.Conv2d(in_channels, D, kernel_size=P, stride=P) → conv_proj.weight (D, C, P, P), conv_proj.bias (D,)
        class_token: nn.Parameter (1, 1, D), 0으로 초기화
        encoder: 연습 3의 Encoder(seq_length=N + 1, ...) → encoder.pos_embedding, encoder.layers.encoder_layer_i.*,
            encoder.ln.*
        heads: nn.Sequential, 이름이 "head"인 nn.Linear(D, num_classes) 하나 → heads.head.weight, heads.head.bias
            (torchvision의 representation_size=None과 같음: pre_logits·tanh 층 없음)

    Args:
        image_size: 정사각형 입력 이미지의 한 변 (H = W).
        patch_size: 정사각형 패치의 한 변 P (image_size의 약수).
        num_layers: 인코더 블록 수 L.
        num_heads: 어텐션 헤드 수 (hidden_dim의 약수).
        hidden_dim: 토큰 차원 D.
        mlp_dim: MLP 은닉 차원 M.
        num_classes: 클래스 수.
        in_channels: 입력 채널 수 C (torchvision은 3으로 고정).
        dropout: 인코더 안 모든 Dropout의 확률.

    Raises:
        ValueError: 생성자에서 image_size가 patch_size로 나누어떨어지지 않을 때, 또는 hidden_dim이 num_heads로
            나누어떨어지지 않을 때 (메시지에 두 수를 적습니다); forward에서 입력의 높이나 너비가 image_size가
            아닐 때 (메시지에 기대한 크기와 받은 크기를 적습니다).
    """

    def __init__(
        self,
        image_size: int,
        patch_size: int,
        num_layers: int,
        num_heads: int,
        hidden_dim: int,
        mlp_dim: int,
        num_classes: int,
        in_channels: int = 3,
        dropout: float = 0.0,
    ):
        super().__init__()
        if image_size % patch_size != 0:
            raise ValueError(
                f"image_size가 patch_size의 배수가 아닙니다 (image_size = {image_size}, patch_size = {patch_size}): "
                "패치가 이미지를 빈틈없이 덮을 수 없습니다."
            )
        if hidden_dim % num_heads != 0:
            raise ValueError(
                f"hidden_dim이 num_heads의 배수가 아닙니다 (hidden_dim = {hidden_dim}, num_heads = {num_heads}): "
                "헤드마다 같은 차원으로 나눌 수 없습니다."
            )
        self.image_size = image_size
        self.patch_size = patch_size
        self.hidden_dim = hidden_dim
        self.conv_proj = nn.Conv2d(in_channels, hidden_dim, kernel_size=patch_size, stride=patch_size)
        self.class_token = nn.Parameter(torch.zeros(1, 1, hidden_dim))
        seq_length = (image_size // patch_size) ** 2 + 1  # 패치 N개 + 클래스 토큰
        self.encoder = Encoder(seq_length, num_layers, num_heads, hidden_dim, mlp_dim, dropout)
        self.heads = nn.Sequential(OrderedDict(head=nn.Linear(hidden_dim, num_classes)))
        # torchvision과 같은 초기화
        fan_in = in_channels * patch_size * patch_size
        nn.init.trunc_normal_(self.conv_proj.weight, std=math.sqrt(1 / fan_in))
        nn.init.zeros_(self.conv_proj.bias)
        nn.init.zeros_(self.heads.head.weight)
        nn.init.zeros_(self.heads.head.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """이미지를 분류합니다.

        Args:
            x: 모양 (B, in_channels, image_size, image_size)의 이미지.

        Returns:
            모양 (B, num_classes)의 로짓.
        """
        # 1. 입력 확인
        if x.dim() != 4 or x.shape[-2] != self.image_size or x.shape[-1] != self.image_size:
            raise ValueError(
                f"입력의 모양은 (B, C, {self.image_size}, {self.image_size})이어야 합니다: 받은 모양 {tuple(x.shape)}"
            )
        B = x.shape[0]
        # 2. 패치 임베딩
        x = self.conv_proj(x)  # (B, D, H/P, W/P)
        x = x.flatten(2).transpose(1, 2)  # (B, N, D), 행 우선 순서
        # 3. 클래스 토큰을 맨 앞에
        x = torch.cat([x, self.class_token.expand(B, -1, -1)], dim=1)  # (B, N + 1, D)
        # 4. 인코더
        x = self.encoder(x)  # (B, N + 1, D)
        # 5. 클래스 토큰 자리의 출력으로 분류
        return self.heads(x[:, -1])  # (B, num_classes)
