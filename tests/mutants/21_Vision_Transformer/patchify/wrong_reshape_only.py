# permute 없이 reshape만 한다: 모양은 맞지만 한 "조각"이 실제로는 이미지의 연속한 행 픽셀이다
def patchify(images: torch.Tensor, patch: int) -> torch.Tensor:
    B, C, H, W = images.shape
    if H % patch != 0 or W % patch != 0:
        raise ValueError(f"H={H}, W={W}, patch={patch}")
    N = (H // patch) * (W // patch)
    return images.reshape(B, N, C * patch * patch)
