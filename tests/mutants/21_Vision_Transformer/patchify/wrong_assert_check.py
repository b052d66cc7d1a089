# 나누어떨어지는지 assert로만 확인한다: ValueError가 아니라 메시지 없는 AssertionError가 난다
def patchify(images: torch.Tensor, patch: int) -> torch.Tensor:
    B, C, H, W = images.shape
    assert H % patch == 0 and W % patch == 0
    gh, gw = H // patch, W // patch
    x = images.reshape(B, C, gh, patch, gw, patch).permute(0, 2, 4, 1, 3, 5)
    return x.reshape(B, gh * gw, C * patch * patch)
