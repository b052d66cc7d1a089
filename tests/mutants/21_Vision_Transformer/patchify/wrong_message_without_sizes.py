# ValueError는 내지만 메시지가 H, W, patch의 값을 알려 주지 않는다
def patchify(images: torch.Tensor, patch: int) -> torch.Tensor:
    B, C, H, W = images.shape
    if H % patch != 0 or W % patch != 0:
        raise ValueError("이미지 크기가 패치 크기로 나누어떨어지지 않습니다")
    gh, gw = H // patch, W // patch
    x = images.reshape(B, C, gh, patch, gw, patch).permute(0, 2, 4, 1, 3, 5)
    return x.reshape(B, gh * gw, C * patch * patch)
