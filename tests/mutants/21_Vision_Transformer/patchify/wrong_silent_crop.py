# 나누어떨어지지 않으면 가장자리를 조용히 잘라 버린다 (이미지의 일부를 영영 보지 못한다)
def patchify(images: torch.Tensor, patch: int) -> torch.Tensor:
    B, C, H, W = images.shape
    gh, gw = H // patch, W // patch
    x = images[:, :, : gh * patch, : gw * patch]
    x = x.reshape(B, C, gh, patch, gw, patch).permute(0, 2, 4, 1, 3, 5)
    return x.reshape(B, gh * gw, C * patch * patch)
