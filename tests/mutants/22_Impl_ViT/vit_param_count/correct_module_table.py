# 모듈마다 (가중치 모양들)을 표로 적고 원소 수를 곱해 더한다
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
    import math as _math

    D, M = hidden_dim, mlp_dim
    S = (image_size // patch_size) ** 2 + 1
    layer_norm = [(D,), (D,)]
    block_shapes = layer_norm + [(3 * D, D), (3 * D,), (D, D), (D,)] + layer_norm + [(M, D), (M,), (D, M), (D,)]
    shapes = [(D, in_channels, patch_size, patch_size), (D,), (1, 1, D), (1, S, D)]
    shapes += block_shapes * num_layers
    shapes += layer_norm + [(num_classes, D), (num_classes,)]
    return sum(_math.prod(shape) for shape in shapes)
